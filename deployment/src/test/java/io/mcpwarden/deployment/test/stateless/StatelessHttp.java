package io.mcpwarden.deployment.test.stateless;

import io.mcpwarden.deployment.test.McpHttp;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Speaks the stateless era (2026-07-28) to the application under test: no initialize, no session; every request
 * carries its {@code _meta} and the headers that mirror its body.
 */
public final class StatelessHttp {

    public static final String VERSION = "2026-07-28";
    public static final String NO_CAPABILITIES = "{}";

    private StatelessHttp() {
    }

    /**
     * The {@code _meta} of a request: protocol version, client capabilities and client info.
     */
    public static String meta(String version, String capabilitiesJson) {
        return """
                {"io.modelcontextprotocol/protocolVersion":"%s",
                "io.modelcontextprotocol/clientCapabilities":%s,
                "io.modelcontextprotocol/clientInfo":{"name":"test-client","version":"1.0"}}"""
                .formatted(version, capabilitiesJson);
    }

    /**
     * A request body whose params are {@code paramsFields} (a comma-separated list of JSON members, or empty) plus
     * {@code _meta}.
     */
    public static String body(int id, String method, String paramsFields, String metaJson) {
        String fields = paramsFields.isEmpty() ? "" : paramsFields + ",";
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":{" + fields
                + "\"_meta\":" + metaJson + "}}";
    }

    /**
     * A POST with the version and method headers of a well-formed request; {@code name} is the {@code Mcp-Name}
     * header, or null for none.
     */
    public static RequestSpecification post(String method, String name) {
        RequestSpecification spec = McpHttp.post().header("MCP-Protocol-Version", VERSION).header("Mcp-Method", method);
        return name == null ? spec : spec.header("Mcp-Name", name);
    }

    /**
     * A well-formed request of this era, without a token.
     */
    public static Response request(String method, String name, String paramsFields) {
        return post(method, name).body(body(9, method, paramsFields, meta(VERSION, NO_CAPABILITIES)))
                .post(McpHttp.PATH);
    }

    /**
     * A well-formed {@code tools/call} with the given client capabilities.
     */
    public static Response callTool(String tool, String argumentsJson, String capabilitiesJson) {
        return post("tools/call", tool)
                .body(body(9, "tools/call", "\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson,
                        meta(VERSION, capabilitiesJson)))
                .post(McpHttp.PATH);
    }
}
