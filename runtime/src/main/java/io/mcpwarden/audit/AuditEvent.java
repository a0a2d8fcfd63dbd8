package io.mcpwarden.audit;

import java.time.Instant;

/**
 * What happened to one call that reaches application code ({@code tools/call}, {@code prompts/get},
 * {@code resources/read}), or to one request refused before it got that far. Observe it as a CDI
 * event ({@code void onAudit(@Observes AuditEvent event)}; keep observers fast, they run on the request path). It never
 * holds a token or the call's arguments.
 *
 * @param time when the decision was made
 * @param subject the caller's {@code sub}, or null when not authenticated
 * @param clientId the OAuth client, or null
 * @param issuer the token issuer, or null
 * @param method the MCP method ({@code tools/call}, {@code prompts/get}, {@code resources/read}; for a request refused
 *        by a rate or session limit, its method when it is a standard MCP method), or null when the request was
 *        refused before its body was read
 * @param target the tool or prompt name, or the resource URI; null when unknown
 * @param decision whether access was granted
 * @param reason why access was denied ({@code missing_token}, {@code invalid_token}, {@code invalid_request},
 *        {@code insufficient_scope}, {@code insufficient_user_authentication}, {@code claim_not_met},
 *        {@code rate_limited}, {@code session_limit}), or null
 * @param outcome how the request ended
 * @param durationMicros time spent serving the call, in microseconds
 * @param requestId the JSON-RPC request id, or null
 * @param sessionId the MCP session id, or null
 */
public record AuditEvent(Instant time, String subject, String clientId, String issuer, String method,
        String target, Decision decision, String reason, Outcome outcome, long durationMicros, String requestId,
        String sessionId) {

    public enum Decision {
        ALLOWED,
        DENIED
    }

    public enum Outcome {
        /** The tool ran and returned a result. */
        SUCCESS,
        /** A tool ran and returned a result marked {@code isError} (including argument errors). */
        TOOL_ERROR,
        /**
         * The request was answered with a JSON-RPC error (unknown tool or prompt, malformed params, a failed prompt
         * or resource method).
         */
        PROTOCOL_ERROR,
        /** Access was refused. */
        DENIED,
        /**
         * The method asked the client for input (a multi-round-trip {@code InputRequiredResult}); the client is
         * expected to send the request again with the answers.
         */
        INPUT_REQUIRED,
        /**
         * The client cancelled the request ({@code notifications/cancelled}; for a task, {@code tasks/cancel} or its
         * expiry); no response was sent.
         */
        CANCELLED,
        /**
         * The call became a task (the tasks extension): the client got a task handle. A second event records the
         * task's own outcome when it ends, with the same request id.
         */
        TASK_CREATED
    }
}
