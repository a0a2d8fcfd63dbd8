package io.mcpwarden.runtime.authorizationserver.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * OAuth error answers: JSON bodies for the token, revocation and registration endpoints (RFC 6749 section 5.2,
 * RFC 7591 section 3.2.2), and error redirects for the authorization endpoint (RFC 6749 section 4.1.2.1, with the
 * RFC 9207 {@code iss}).
 */
public final class OAuthErrors {

    private OAuthErrors() {
    }

    /**
     * A refused request; {@code description} says what was wrong in words a developer can act on.
     */
    public static final class OAuthException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public final int status;
        public final String error;

        public OAuthException(int status, String error, String description) {
            super(description, null, false, false);
            this.status = status;
            this.error = error;
        }

        public static OAuthException badRequest(String error, String description) {
            return new OAuthException(400, error, description);
        }
    }

    /**
     * A request over its address's rate limit, at an endpoint that answers JSON: 429 with {@code Retry-After} and
     * the OAuth error {@code temporarily_unavailable} (RFC 6749 defines no token-endpoint code for it, and
     * {@code slow_down} means "keep polling" to device-flow clients, RFC 8628).
     */
    public static void tooManyRequests(RoutingContext ctx, AddressRateLimits.Refusal refusal) {
        ctx.response().putHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        json(ctx, new OAuthException(429, "temporarily_unavailable", refusal.description()));
    }

    public static void json(RoutingContext ctx, OAuthException e) {
        var response = ctx.response().setStatusCode(e.status);
        SecurityHeaders.forSecrets(response);
        if (e.status == 401) {
            response.putHeader("WWW-Authenticate", "Basic realm=\"oauth\"");
        }
        response.putHeader("Content-Type", "application/json")
                .end(new JsonObject().put("error", e.error).put("error_description", e.getMessage()).encode());
    }

    /**
     * The redirect URL that reports an error to the client; only for a redirect URI already validated.
     */
    public static String redirect(String redirectUri, String error, String description, String state,
            String issuer) {
        StringBuilder url = new StringBuilder(redirectUri).append(redirectUri.contains("?") ? '&' : '?')
                .append("error=").append(encode(error))
                .append("&error_description=").append(encode(description));
        if (state != null) {
            url.append("&state=").append(encode(state));
        }
        return url.append("&iss=").append(encode(issuer)).toString();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
