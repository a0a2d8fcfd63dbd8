package io.mcpwarden.deployment.test.auth;

import io.mcpwarden.deployment.test.McpHttp;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * MCP over HTTP with a bearer token.
 */
public final class AuthHttp {

    private AuthHttp() {
    }

    static RequestSpecification post(String token) {
        return McpHttp.post().header("Authorization", "Bearer " + token);
    }

    public static String openSession(String token) {
        return post(token).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(200)
                .extract().header("Mcp-Session-Id");
    }

    public static Response request(String token, String session, String method, String paramsJson) {
        return post(token).header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"id\":11,\"method\":\"" + method + "\",\"params\":" + paramsJson + "}")
                .post(McpHttp.PATH);
    }

    static Response callTool(String token, String session, String tool, String argumentsJson) {
        return request(token, session, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson + "}");
    }
}
