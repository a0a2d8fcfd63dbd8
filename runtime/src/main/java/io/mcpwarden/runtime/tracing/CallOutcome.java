package io.mcpwarden.runtime.tracing;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.audit.AuditEvent.Decision;
import io.mcpwarden.audit.AuditEvent.Outcome;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.exchange.RequestCancelledException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * How a request or call ended, in the audit trail's terms, with the {@code error.type} of its span.
 *
 * @param decision whether access was granted
 * @param outcome how it ended
 * @param errorType for a failure: the refusal's reason ({@code insufficient_scope}...), the JSON-RPC error code
 *        ({@code -32602}...) or {@code tool_error} for a result marked {@code isError}; else null
 * @param jsonRpcErrorCode the JSON-RPC error code of the response, or null
 */
public record CallOutcome(Decision decision, Outcome outcome, String errorType, String jsonRpcErrorCode) {

    static final String TOOL_ERROR = "tool_error";
    private static final CallOutcome SUCCESS = new CallOutcome(Decision.ALLOWED, Outcome.SUCCESS, null, null);
    private static final CallOutcome FAILED_TOOL = new CallOutcome(Decision.ALLOWED, Outcome.TOOL_ERROR, TOOL_ERROR,
            null);
    private static final CallOutcome CANCELLED = new CallOutcome(Decision.ALLOWED, Outcome.CANCELLED, null, null);

    public static CallOutcome of(JsonNode result, Throwable failure) {
        Throwable cause = unwrap(failure);
        if (cause == null) {
            return result != null && result.path("isError").asBoolean(false) ? FAILED_TOOL : SUCCESS;
        }
        if (cause instanceof AuthChallengeException refusal) {
            return new CallOutcome(Decision.DENIED, Outcome.DENIED, refusal.reason(), null);
        }
        if (cause instanceof RequestCancelledException) {
            return CANCELLED;
        }
        int code = cause instanceof JsonRpcException error ? error.code() : JsonRpcErrorCode.INTERNAL_ERROR;
        String text = Integer.toString(code);
        return new CallOutcome(Decision.ALLOWED, Outcome.PROTOCOL_ERROR, text, text);
    }

    /** Whether the span of this outcome has the error status. */
    public boolean error() {
        return errorType != null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
