package io.mcpwarden.runtime.tracing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One span MCP Warden started: for a JSON-RPC request, or for a tool call inside one. Ended exactly once, with what
 * the request or call produced.
 */
public interface McpSpan {

    /** The span of no tracing. */
    McpSpan NONE = new McpSpan() {
        @Override
        public McpSpan startToolCall(String toolName) {
            return this;
        }

        @Override
        public void end(JsonNode result, Throwable failure) {
            // nothing was started
        }
    };

    /**
     * Starts the child span of the call of a tool (its authorization and its run).
     *
     * @param toolName the name the client asked for, or null when it sent none
     */
    McpSpan startToolCall(String toolName);

    /**
     * Ends the span.
     *
     * @param result the JSON-RPC {@code result}, when it succeeded
     * @param failure why it failed (a JSON-RPC error, a refusal, a cancellation), or null
     */
    void end(JsonNode result, Throwable failure);
}
