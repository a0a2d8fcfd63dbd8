package io.mcpwarden.demo;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A Streamable HTTP session with the demo under test, spoken over real HTTP with rest-assured.
 */
final class McpSession {

    static final String PATH = "/mcp";
    private static final String VERSION = "2025-11-25";

    private final String id;
    private int nextRequestId = 1;

    private McpSession(String id) {
        this.id = id;
    }

    /**
     * Sends {@code initialize} and {@code notifications/initialized}, asserting both are accepted.
     */
    static McpSession open() {
        String id = post().body("""
                {"jsonrpc":"2.0","id":0,"method":"initialize","params":{"protocolVersion":"%s",
                "capabilities":{},"clientInfo":{"name":"demo-test","version":"1.0"}}}""".formatted(VERSION))
                .post(PATH).then().statusCode(200).extract().header("Mcp-Session-Id");
        McpSession session = new McpSession(id);
        session.inSession().body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").post(PATH).then()
                .statusCode(202);
        return session;
    }

    Response request(String method, String paramsJson) {
        int requestId = nextRequestId++;
        return inSession()
                .body("{\"jsonrpc\":\"2.0\",\"id\":" + requestId + ",\"method\":\"" + method + "\",\"params\":"
                        + paramsJson + "}")
                .post(PATH);
    }

    Response callTool(String tool, String argumentsJson) {
        return request("tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson + "}");
    }

    private RequestSpecification inSession() {
        return post().header("Mcp-Session-Id", id).header("MCP-Protocol-Version", VERSION);
    }

    private static RequestSpecification post() {
        return given().accept("application/json, text/event-stream").contentType("application/json");
    }
}
