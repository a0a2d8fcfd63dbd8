package io.mcpwarden.deployment.test;

import static io.restassured.RestAssured.given;

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
}
