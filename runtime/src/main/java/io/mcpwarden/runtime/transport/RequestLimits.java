package io.mcpwarden.runtime.transport;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.limits.CallerRateLimits;
import io.mcpwarden.runtime.limits.RateLimiter;
import io.mcpwarden.runtime.session.SessionLimitException;
import io.vertx.ext.web.RoutingContext;

/**
 * Applies the per-client and per-subject rate limits to the JSON-RPC requests POSTed to the endpoint, and answers
 * and audits the refusals of the rate limits and of the session limit per identity.
 */
final class RequestLimits {

    /** Audit reason (and metrics denial reason) of a request over a rate limit. */
    static final String RATE_LIMITED = "rate_limited";
    /** Audit reason of an {@code initialize} refused because its identity holds the most sessions it may. */
    static final String SESSION_LIMIT = "session_limit";

    /**
     * The methods recorded by name in the audit event of a refusal; others are recorded as null, so that a client
     * cannot grow the metrics' method tag with names it makes up.
     */
    private static final Set<String> KNOWN_METHODS = Set.of("initialize", "ping", "tools/list", "tools/call",
            "prompts/list", "prompts/get", "resources/list", "resources/templates/list", "resources/read",
            "resources/subscribe", "resources/unsubscribe", "completion/complete", "logging/setLevel");

    private final CallerRateLimits rateLimits;
    private final AuditLog audit;
    private final HttpReplies replies;

    /**
     * @param rateLimits null when no rate limit is configured
     */
    RequestLimits(CallerRateLimits rateLimits, AuditLog audit, HttpReplies replies) {
        this.rateLimits = rateLimits;
        this.audit = audit;
        this.replies = replies;
    }

    /**
     * Counts a request against its caller's limits; when it is over one, answers 429 and records the refusal.
     *
     * @return true when the request may go on
     */
    boolean admit(RoutingContext ctx, JsonRpcMessage message, Caller caller, long startNanos) {
        if (rateLimits == null || message.kind() != JsonRpcMessage.Kind.REQUEST) {
            return true;
        }
        long wait = rateLimits.acquire(caller);
        if (wait == 0) {
            return true;
        }
        long seconds = RateLimiter.retryAfterSeconds(wait);
        refuse(ctx, message, caller, startNanos, RATE_LIMITED, seconds,
                "Too many requests: rate limit exceeded; retry after " + seconds + " seconds");
        return false;
    }

    void sessionLimit(RoutingContext ctx, JsonRpcMessage message, Caller caller, long startNanos,
            SessionLimitException full) {
        long seconds = RateLimiter.retryAfterSeconds(full.waitNanos());
        refuse(ctx, message, caller, startNanos, SESSION_LIMIT, seconds, "Too many sessions: this identity already "
                + "holds the most sessions it may (" + full.limit() + "); end one with DELETE, or retry after "
                + seconds + " seconds");
    }

    private void refuse(RoutingContext ctx, JsonRpcMessage message, Caller caller, long startNanos, String reason,
            long retryAfterSeconds, String text) {
        String method = KNOWN_METHODS.contains(message.method()) ? message.method() : null;
        audit.denied(caller, method, target(message), reason, startNanos, message.id().asText(),
                ctx.request().getHeader(McpHeaders.SESSION_ID));
        replies.tooManyRequests(ctx, message.id(), retryAfterSeconds, text);
    }

    private static String target(JsonRpcMessage message) {
        String param = switch (message.method()) {
            case "tools/call", "prompts/get" -> "name";
            case "resources/read" -> "uri";
            default -> null;
        };
        JsonNode value = param == null || message.params() == null ? null : message.params().get(param);
        return value != null && value.isTextual() ? value.textValue() : null;
    }
}
