package io.mcpwarden.runtime.tracing;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.auth.Caller;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;

/**
 * An OpenTelemetry span of MCP Warden: on its end it records the decision and outcome, and for a failure the error
 * status with an {@code error.type} (never the error's message, which may quote the call's arguments).
 */
final class TracedSpan implements McpSpan {

    private final OpenTelemetryTracing tracing;
    private final Span span;
    private final Caller caller;

    TracedSpan(OpenTelemetryTracing tracing, Span span, Caller caller) {
        this.tracing = tracing;
        this.span = span;
        this.caller = caller;
    }

    @Override
    public McpSpan startToolCall(String toolName) {
        return tracing.startToolCall(span, caller, toolName);
    }

    @Override
    public void end(JsonNode result, Throwable failure) {
        if (span.isRecording()) {
            CallOutcome outcome = CallOutcome.of(result, failure);
            span.setAttribute(SpanAttributes.DECISION, outcome.decision().name());
            span.setAttribute(SpanAttributes.OUTCOME, outcome.outcome().name());
            if (outcome.jsonRpcErrorCode() != null) {
                span.setAttribute(SpanAttributes.RPC_RESPONSE_STATUS_CODE, outcome.jsonRpcErrorCode());
            }
            if (outcome.error()) {
                span.setAttribute(SpanAttributes.ERROR_TYPE, outcome.errorType());
                span.setStatus(StatusCode.ERROR, outcome.errorType());
            }
        }
        span.end();
    }
}
