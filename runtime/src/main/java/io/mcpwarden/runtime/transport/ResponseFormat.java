package io.mcpwarden.runtime.transport;

import java.util.Locale;

/**
 * The body format of a response to a POSTed request, chosen from the client's {@code Accept} header.
 */
enum ResponseFormat {
    JSON,
    SSE,
    NOT_ACCEPTABLE;

    /**
     * JSON when the client accepts it (or sends no {@code Accept}), otherwise a single-event SSE stream when the
     * client accepts only that, otherwise nothing we can produce.
     */
    static ResponseFormat fromAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        String lower = accept.toLowerCase(Locale.ROOT);
        if (lower.contains("application/json") || lower.contains("*/*") || lower.contains("application/*")) {
            return JSON;
        }
        if (lower.contains("text/event-stream") || lower.contains("text/*")) {
            return SSE;
        }
        return NOT_ACCEPTABLE;
    }
}
