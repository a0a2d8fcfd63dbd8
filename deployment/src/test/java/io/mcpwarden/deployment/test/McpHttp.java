package io.mcpwarden.deployment.test;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Speaks Streamable HTTP to the application under test, over real HTTP.
 */
public final class McpHttp {

    public static final String ACCEPT_BOTH = "application/json, text/event-stream";
    public static final String PATH = "/mcp";

    private McpHttp() {
    }

    public static String initializeBody(String version) {
        return """
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"%s",
                "capabilities":{},"clientInfo":{"name":"test-client","version":"1.0"}}}""".formatted(version);
    }

    public static RequestSpecification post() {
        return given().accept(ACCEPT_BOTH).contentType("application/json");
    }

    /**
     * Initializes a session (2025-11-25) and sends {@code notifications/initialized}; returns the session id.
     */
    public static String openSession() {
        String session = post().body(initializeBody("2025-11-25")).post(PATH).then().statusCode(200).extract()
                .header("Mcp-Session-Id");
        post().header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").post(PATH).then()
                .statusCode(202);
        return session;
    }

    /**
     * Sends a request in an open session.
     */
    public static Response request(String session, String method, String paramsJson) {
        return post().header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}")
                .post(PATH);
    }

    /**
     * Calls a tool in an open session; returns the raw HTTP response.
     */
    public static Response callTool(String session, String tool, String argumentsJson) {
        return request(session, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson + "}");
    }

    /**
     * Parses JSON text, for comparing JSON values regardless of key order and whitespace.
     */
    public static JsonNode json(String text) {
        try {
            return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not JSON: " + text, e);
        }
    }

    /**
     * The {@code tools/list} descriptor of one tool (from the first page), in a new session.
     */
    public static JsonNode toolDescriptor(String tool) {
        String body = request(openSession(), "tools/list", "{}").then().statusCode(200).extract().asString();
        for (JsonNode descriptor : json(body).path("result").path("tools")) {
            if (tool.equals(descriptor.path("name").asText())) {
                return descriptor;
            }
        }
        throw new AssertionError("tools/list has no tool named " + tool + ": " + body);
    }

    /**
     * The {@code result} of a {@code tools/call}, which must succeed at the JSON-RPC level, as JSON.
     */
    public static JsonNode callToolResult(String session, String tool, String argumentsJson) {
        String body = callTool(session, tool, argumentsJson).then().statusCode(200).extract().asString();
        JsonNode result = json(body).get("result");
        if (result == null) {
            throw new AssertionError("tools/call of " + tool + " has no result: " + body);
        }
        return result;
    }

    /**
     * The {@code CallToolResult} of a failed call: one text block with this message and {@code isError: true}.
     */
    public static JsonNode errorResult(String message) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putArray("content").addObject().put("type", "text").put("text", message);
        result.put("isError", true);
        return result;
    }

    /**
     * The {@code CallToolResult} of a successful call with one text block.
     */
    public static JsonNode textResult(String text) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putArray("content").addObject().put("type", "text").put("text", text);
        return result;
    }
}
