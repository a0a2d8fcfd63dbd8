package io.mcpwarden.runtime.tracing;

import io.opentelemetry.api.common.AttributeKey;

/**
 * The attributes of MCP Warden's spans. The {@code mcp.*}, {@code gen_ai.*}, {@code jsonrpc.*} and {@code rpc.*}
 * names are those of the OpenTelemetry semantic conventions for MCP and GenAI; {@code mcp.warden.*} are Warden's own.
 * Spans never carry a token, a session id, a resource URI or a call's arguments; {@code enduser.id} only when
 * {@code quarkus.warden.tracing.include-subject} is on.
 */
final class SpanAttributes {

    static final AttributeKey<String> MCP_METHOD_NAME = AttributeKey.stringKey("mcp.method.name");
    static final AttributeKey<String> MCP_PROTOCOL_VERSION = AttributeKey.stringKey("mcp.protocol.version");
    static final AttributeKey<String> JSONRPC_REQUEST_ID = AttributeKey.stringKey("jsonrpc.request.id");
    static final AttributeKey<String> RPC_RESPONSE_STATUS_CODE = AttributeKey.stringKey("rpc.response.status_code");
    static final AttributeKey<String> GEN_AI_OPERATION_NAME = AttributeKey.stringKey("gen_ai.operation.name");
    static final AttributeKey<String> GEN_AI_TOOL_NAME = AttributeKey.stringKey("gen_ai.tool.name");
    static final AttributeKey<String> GEN_AI_PROMPT_NAME = AttributeKey.stringKey("gen_ai.prompt.name");
    static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");
    static final AttributeKey<String> ENDUSER_ID = AttributeKey.stringKey("enduser.id");
    static final AttributeKey<String> CLIENT_ID = AttributeKey.stringKey("mcp.warden.client.id");
    static final AttributeKey<String> DECISION = AttributeKey.stringKey("mcp.warden.decision");
    static final AttributeKey<String> OUTCOME = AttributeKey.stringKey("mcp.warden.outcome");

    /** The {@code gen_ai.operation.name} of a tool call. */
    static final String EXECUTE_TOOL = "execute_tool";

    private SpanAttributes() {
    }
}
