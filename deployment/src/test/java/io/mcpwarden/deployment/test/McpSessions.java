package io.mcpwarden.deployment.test;

/**
 * Opens sessions whose client declares capabilities (sampling, elicitation), over real HTTP.
 */
public final class McpSessions {

    private McpSessions() {
    }

    /**
     * Initializes a 2025-11-25 session with these client capabilities (a JSON object) and sends
     * {@code notifications/initialized}; returns the session id.
     */
    public static String open(String capabilitiesJson) {
        String session = McpHttp.post().body("""
                {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-11-25",
                "capabilities":%s,"clientInfo":{"name":"test-client","version":"1.0"}}}""".formatted(capabilitiesJson))
                .post(McpHttp.PATH).then().statusCode(200).extract().header("Mcp-Session-Id");
        McpHttp.post().header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").post(McpHttp.PATH).then()
                .statusCode(202);
        return session;
    }

    /**
     * The body of a {@code tools/call} request with id 7.
     */
    public static String toolCall(String tool, String argumentsJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + argumentsJson + "}}";
    }

    /**
     * The body of a {@code tools/call} request that asks for progress with this token.
     */
    public static String toolCallWithProgress(int id, String tool, String argumentsJson, String token) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + argumentsJson + ",\"_meta\":{\"progressToken\":\"" + token + "\"}}}";
    }

    /**
     * Sends a notification or response in a session; asserts 202.
     */
    public static void send(String session, String messageJson) {
        McpHttp.post().header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
                .body(messageJson).post(McpHttp.PATH).then().statusCode(202);
    }
}
