package io.mcpwarden.deployment.test.protocol;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class HttpMethodAndMediaTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class));

    @Test
    void getWithoutSessionIs400() {
        given().accept("text/event-stream").get(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.message",
                        equalTo("Bad request: the Mcp-Session-Id header is required; call initialize first"));
    }

    @Test
    void getThatDoesNotAcceptEventStreamIs406() {
        given().accept("application/json").header("Mcp-Session-Id", McpHttp.openSession()).get(McpHttp.PATH).then()
                .statusCode(406)
                .body("error.message", equalTo("Not acceptable: a GET on this endpoint opens an SSE stream; the "
                        + "Accept header must allow text/event-stream"));
    }

    @Test
    void putIs405WithAllow() {
        given().contentType("application/json").body("{}").put(McpHttp.PATH).then()
                .statusCode(405)
                .header("Allow", "GET, POST, DELETE")
                .body("error.message", equalTo("Method not allowed: this endpoint accepts GET, POST and DELETE"));
    }

    @Test
    void acceptWithoutJsonOrEventStreamIs406() {
        given().accept("text/html").contentType("application/json").body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then()
                .statusCode(406)
                .body("error.message",
                        equalTo("Not acceptable: the Accept header must allow application/json or text/event-stream"));
    }

    @Test
    void bodyThatIsNotJsonMediaTypeIs415() {
        given().accept(McpHttp.ACCEPT_BOTH).contentType("text/plain").body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then()
                .statusCode(415)
                .body("error.message", equalTo("Unsupported media type: the body must be application/json"));
    }

    @Test
    void clientAcceptingOnlyEventStreamGetsOneSseEvent() {
        String body = given().accept("text/event-stream").contentType("application/json")
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(200)
                .header("Content-Type", "text/event-stream")
                .header("Cache-Control", "no-cache")
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body)
                .startsWith(
                        "event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{\"protocolVersion\":\"2025-11-25\"")
                .endsWith("}}\n\n");
    }

    @Test
    void notificationsAndResponsesAreAcceptedWith202AndNoBody() {
        String session = McpHttp.openSession();
        McpHttp.post().header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":1}}")
                .post(McpHttp.PATH).then().statusCode(202).body(equalTo(""));
        McpHttp.post().header("Mcp-Session-Id", session)
                .body("{\"jsonrpc\":\"2.0\",\"id\":\"srv-1\",\"result\":{}}")
                .post(McpHttp.PATH).then().statusCode(202).body(equalTo(""));
    }
}
