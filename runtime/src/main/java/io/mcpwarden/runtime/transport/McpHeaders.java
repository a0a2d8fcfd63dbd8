package io.mcpwarden.runtime.transport;

/**
 * HTTP headers of the Streamable HTTP transport.
 */
public final class McpHeaders {

    public static final String SESSION_ID = "Mcp-Session-Id";
    public static final String PROTOCOL_VERSION = "MCP-Protocol-Version";

    private McpHeaders() {
    }
}
