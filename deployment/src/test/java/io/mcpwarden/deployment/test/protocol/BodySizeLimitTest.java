package io.mcpwarden.deployment.test.protocol;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class BodySizeLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.http.max-body-size", "1K");

    @Test
    void bodyOverTheLimitIs413() {
        String padding = "x".repeat(2048);
        McpHttp.post().body("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"pad\":\"" + padding + "\"}}")
                .post(McpHttp.PATH).then()
                .statusCode(413)
                .body("error.code", equalTo(-32600))
                .body("error.message", equalTo("Request body too large"));
    }

    @Test
    void bodyUnderTheLimitIsServed() {
        McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(200);
    }
}
