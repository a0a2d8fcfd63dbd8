package io.mcpwarden.runtime.tracing;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;

/**
 * Spans for MCP requests and tool calls. {@link #NONE} when the application has no OpenTelemetry extension: every
 * call then returns a constant and does nothing, so the request path pays one interface call per request.
 */
public interface McpTracing {

    /** No tracing: no span is ever started. */
    McpTracing NONE = new McpTracing() {
        @Override
        public Object currentContext() {
            return null;
        }

        @Override
        public McpSpan startRequest(Object parent, JsonRpcMessage request, String protocolVersion, Caller caller) {
            return McpSpan.NONE;
        }
    };

    /**
     * The trace context of the calling thread (the HTTP server span, on the thread that received the request), to be
     * handed to {@link #startRequest} when the request is served later on another thread; null without tracing.
     */
    Object currentContext();

    /**
     * Starts the span of one JSON-RPC request.
     *
     * @param parent a context from {@link #currentContext()}, or null for the calling thread's context
     * @param protocolVersion the MCP revision the request is served under, or null when not known yet
     * @param caller who sends it
     */
    McpSpan startRequest(Object parent, JsonRpcMessage request, String protocolVersion, Caller caller);
}
