package io.mcpwarden.runtime.auth;

import java.util.Collection;

/**
 * Writes RFC 6750 {@code WWW-Authenticate} challenges with the RFC 9728 {@code resource_metadata} parameter, and the
 * refusals that carry them. One place writes every challenge, so their format is the same everywhere.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6750#section-3">RFC 6750 section 3</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9728#section-5.1">RFC 9728 section 5.1</a>
 */
public final class BearerChallenges {

    private final String resourceMetadata;
    private final String basicScopes;

    /**
     * @param resourceMetadataUrl the absolute URL of this resource's protected-resource metadata
     * @param basicScopes the scopes a client should ask for to start with; may be empty
     */
    public BearerChallenges(String resourceMetadataUrl, Collection<String> basicScopes) {
        this.resourceMetadata = "resource_metadata=" + quote(resourceMetadataUrl);
        this.basicScopes = basicScopes.isEmpty() ? "" : ", scope=" + quote(String.join(" ", basicScopes));
    }

    /**
     * 401 for a request without a usable token: no {@code error} parameter (RFC 6750 section 3.1).
     */
    public AuthChallengeException missingToken() {
        return new AuthChallengeException(401, "Bearer " + resourceMetadata + basicScopes, "missing_token",
                "Unauthorized: a bearer token is required");
    }

    /**
     * 401 for a token that failed verification (signature, issuer, audience, lifetime, algorithm...).
     */
    public AuthChallengeException invalidToken() {
        return new AuthChallengeException(401, "Bearer error=\"invalid_token\", " + resourceMetadata + basicScopes,
                "invalid_token",
                "Unauthorized: the bearer token is not valid for this server");
    }

    /**
     * 400 for a request that presents a token in a way this server refuses (query string, several headers).
     */
    public AuthChallengeException invalidRequest(String message) {
        return new AuthChallengeException(400, "Bearer error=\"invalid_request\", " + resourceMetadata,
                "invalid_request", message);
    }

    /**
     * 403 for a caller whose token lacks scopes; {@code scopes} is the full set to request.
     */
    public AuthChallengeException insufficientScope(Collection<String> scopes) {
        return new AuthChallengeException(403,
                "Bearer error=\"insufficient_scope\", scope=" + quote(String.join(" ", scopes)) + ", "
                        + resourceMetadata,
                "insufficient_scope", "Forbidden: this tool needs more scopes than the token grants");
    }

    /**
     * 401 for a caller whose login is not strong or recent enough (RFC 9470 section 3).
     */
    public AuthChallengeException insufficientUserAuthentication(java.util.List<String> acrValues,
            long maxAgeSeconds) {
        StringBuilder challenge = new StringBuilder("Bearer error=\"insufficient_user_authentication\", "
                + "error_description=\"A stronger or more recent authentication is required\"");
        if (!acrValues.isEmpty()) {
            challenge.append(", acr_values=").append(quote(String.join(" ", acrValues)));
        }
        if (maxAgeSeconds >= 0) {
            challenge.append(", max_age=").append(maxAgeSeconds);
        }
        challenge.append(", ").append(resourceMetadata);
        return new AuthChallengeException(401, challenge.toString(), "insufficient_user_authentication",
                "Unauthorized: this tool needs a stronger or more recent authentication");
    }

    /**
     * 403 without a challenge: the caller is known and no new token would change the answer by itself.
     */
    public AuthChallengeException forbidden() {
        return new AuthChallengeException(403, null, "claim_not_met",
                "Forbidden: the caller does not meet this tool's requirements");
    }

    private static String quote(String value) {
        // A quoted-string cannot carry control characters (RFC 9110 section 5.6.4): CR or LF would split the header.
        return '"' + CONTROL.matcher(value).replaceAll("").replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("[\\x00-\\x08\\x0A-\\x1F\\x7F]");
}
