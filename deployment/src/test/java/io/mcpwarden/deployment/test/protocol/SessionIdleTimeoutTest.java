package io.mcpwarden.deployment.test.protocol;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class SessionIdleTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.sessions.idle-timeout", "2S");

    @Test
    void sessionIdleLongerThanTheTimeoutIsGone() throws InterruptedException {
        String session = McpHttp.openSession();
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
        Thread.sleep(3000);
        McpHttp.request(session, "ping", "{}").then().statusCode(404).body("error.code", equalTo(-32001));
    }

    @Test
    void deletingAnExpiredSessionIs404() throws InterruptedException {
        String session = McpHttp.openSession();
        Thread.sleep(3000);
        io.restassured.RestAssured.given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).then()
                .statusCode(404);
    }
}
