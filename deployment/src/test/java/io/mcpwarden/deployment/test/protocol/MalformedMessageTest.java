package io.mcpwarden.deployment.test.protocol;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.ValidatableResponse;

class MalformedMessageTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class));

    private static ValidatableResponse send(String body) {
        return McpHttp.post().body(body).post(McpHttp.PATH).then();
    }

    @Test
    void invalidJsonIsParseError() {
        for (String body : new String[] { "{", "{\"jsonrpc\":", "not json", "{} trailing", " " }) {
            send(body).statusCode(400)
                    .header("Content-Type", "application/json")
                    .body("jsonrpc", equalTo("2.0"))
                    .body("id", nullValue())
                    .body("error.code", equalTo(-32700))
                    .body("error.message", equalTo("Parse error: the body is not valid JSON"));
        }
    }

    @Test
    void batchIsRefused() {
        send("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]").statusCode(400)
                .body("error.code", equalTo(-32600))
                .body("error.message",
                        equalTo("Invalid request: JSON-RPC batches are not supported by this protocol version"));
    }

    @Test
    void wrongJsonRpcVersionKeepsTheId() {
        send("{\"jsonrpc\":\"1.0\",\"id\":9,\"method\":\"ping\"}").statusCode(400)
                .body("id", equalTo(9))
                .body("error.code", equalTo(-32600))
                .body("error.message", equalTo("Invalid request: The 'jsonrpc' member must be \"2.0\""));
    }

    @Test
    void idOfWrongTypeIsInvalidRequest() {
        for (String id : new String[] { "{}", "[1]", "1.5", "true", "null" }) {
            send("{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"initialize\"}").statusCode(400)
                    .body("id", nullValue())
                    .body("error.code", equalTo(-32600))
                    .body("error.message", equalTo("Invalid request: The 'id' member must be a string or an integer"));
        }
    }

    @Test
    void methodOfWrongTypeIsInvalidRequest() {
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":42}").statusCode(400)
                .body("id", equalTo(2))
                .body("error.message", equalTo("Invalid request: The 'method' member must be a non-empty string"));
    }

    @Test
    void paramsThatAreNotAnObjectAreInvalidRequest() {
        send("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"initialize\",\"params\":[1,2]}").statusCode(400)
                .body("error.message", equalTo("Invalid request: The 'params' member must be an object"));
    }

    @Test
    void nonObjectMessageIsInvalidRequest() {
        send("42").statusCode(400).body("error.message",
                equalTo("Invalid request: A JSON-RPC message must be a JSON object"));
    }

    @Test
    void deeplyNestedJsonIsRejectedCleanly() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        send("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":" + deep + "}}")
                .statusCode(400)
                .body("error.code", equalTo(-32700));
    }

    @Test
    void badToolCallParamsAreInvalidParams() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "tools/call", "{}").then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("tools/call needs a 'name' string"));
        McpHttp.request(session, "tools/call", "{\"name\":\"weather\",\"arguments\":[1]}").then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("The 'arguments' of tools/call must be an object"));
    }

    @Test
    void unknownMethodIsMethodNotFound() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "resources/destroy", "{}").then().statusCode(200)
                .body("id", equalTo(7))
                .body("error.code", equalTo(-32601))
                .body("error.message", equalTo("Method not found"));
    }
}
