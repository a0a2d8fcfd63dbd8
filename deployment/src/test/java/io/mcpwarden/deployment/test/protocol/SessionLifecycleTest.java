package io.mcpwarden.deployment.test.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class SessionLifecycleTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class));

    @Test
    void requestWithoutSessionIdIs400() {
        McpHttp.post().body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}").post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(3))
                .body("error.code", equalTo(-32600))
                .body("error.message",
                        equalTo("Bad request: the Mcp-Session-Id header is required; call initialize first"));
    }

    @Test
    void requestWithUnknownSessionIdIs404() {
        McpHttp.request("not-a-session", "tools/list", "{}").then()
                .statusCode(404)
                .body("id", equalTo(7))
                .body("error.code", equalTo(-32001))
                .body("error.message", equalTo("Session not found"));
    }

    @Test
    void deleteEndsTheSessionAndLaterRequestsGet404() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "ping", "{}").then().statusCode(200).body("result.size()", equalTo(0));

        given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).then()
                .statusCode(204)
                .body(emptyString());

        McpHttp.request(session, "ping", "{}").then().statusCode(404).body("error.code", equalTo(-32001));
        given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).then().statusCode(404);
    }

    @Test
    void deleteWithoutSessionIdIs400() {
        given().delete(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", nullValue())
                .body("error.message", equalTo("Bad request: the Mcp-Session-Id header is required"));
    }

    @Test
    void initializeInsideASessionIsRefused() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "initialize", "{\"protocolVersion\":\"2025-11-25\"}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32600));
    }
}
