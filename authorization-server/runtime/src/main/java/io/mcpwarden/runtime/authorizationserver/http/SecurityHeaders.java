package io.mcpwarden.runtime.authorizationserver.http;

import io.vertx.core.http.HttpServerResponse;

/**
 * Response headers of the authorization server's pages and JSON answers.
 */
final class SecurityHeaders {

    private SecurityHeaders() {
    }

    /**
     * No framing (clickjacking of the consent page), no caching, no referrer, only inline styles.
     * {@code form-action} is left out on purpose: a consent form ends in a redirect to the client, which browsers
     * check against it.
     */
    static void forPage(HttpServerResponse response) {
        response.putHeader("X-Frame-Options", "DENY")
                .putHeader("Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'")
                .putHeader("Cache-Control", "no-store")
                .putHeader("Pragma", "no-cache")
                .putHeader("Referrer-Policy", "no-referrer")
                .putHeader("X-Content-Type-Options", "nosniff");
    }

    /**
     * Token and registration responses carry secrets: never cached (RFC 6749 section 5.1).
     */
    static void forSecrets(HttpServerResponse response) {
        response.putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache");
    }
}
