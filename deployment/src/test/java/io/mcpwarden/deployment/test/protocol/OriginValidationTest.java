package io.mcpwarden.deployment.test.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class OriginValidationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.http.allowed-origins", "https://app.example.com");

    @Test
    void foreignOriginIs403() {
        McpHttp.post().header("Origin", "https://evil.example").body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then()
                .statusCode(403)
                .header("Mcp-Session-Id", (String) null)
                .body("error.code", equalTo(-32600))
                .body("error.message", equalTo("Forbidden: origin not allowed"));
    }

    @Test
    void originsThatOnlyLookLikeLoopbackAre403() {
        for (String origin : new String[] { "http://localhost.evil.example", "null", "file://", "http://127.0.0.2" }) {
            McpHttp.post().header("Origin", origin).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH)
                    .then().statusCode(403);
        }
    }

    @Test
    void loopbackOriginsAreAllowed() {
        for (String origin : new String[] { "http://localhost:6274", "http://127.0.0.1", "http://[::1]:3000" }) {
            McpHttp.post().header("Origin", origin).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH)
                    .then().statusCode(200);
        }
    }

    @Test
    void configuredOriginIsAllowed() {
        McpHttp.post().header("Origin", "https://app.example.com").body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then().statusCode(200);
    }

    @Test
    void foreignOriginCannotDeleteASession() {
        String session = McpHttp.openSession();
        given().header("Origin", "https://evil.example").header("Mcp-Session-Id", session).delete(McpHttp.PATH)
                .then().statusCode(403);
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
    }
}
