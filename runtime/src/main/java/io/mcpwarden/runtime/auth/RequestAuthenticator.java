package io.mcpwarden.runtime.auth;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.mcpwarden.auth.Caller;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Establishes the {@link Caller} of an HTTP request from its {@code Authorization: Bearer} header, and refuses tokens
 * sent any other way (RFC 6750 section 2; MCP forbids tokens in the query string).
 */
public final class RequestAuthenticator {

    private static final int MAX_TOKEN_LENGTH = 16 * 1024;

    private final TokenVerifier verifier;
    private final ApiKeyVerifier apiKeys;
    private final BearerChallenges challenges;
    private final boolean anonymousAllowed;

    /**
     * @param apiKeys the local API keys, or null when they are off
     * @param anonymousAllowed whether requests without a token may go on (the application has public tools)
     */
    public RequestAuthenticator(TokenVerifier verifier, ApiKeyVerifier apiKeys, BearerChallenges challenges,
            boolean anonymousAllowed) {
        this.verifier = verifier;
        this.apiKeys = apiKeys;
        this.challenges = challenges;
        this.anonymousAllowed = anonymousAllowed;
    }

    public BearerChallenges challenges() {
        return challenges;
    }

    /**
     * Completes with the caller, or with an {@link AuthChallengeException} to send back.
     */
    public CompletionStage<Caller> authenticate(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.params().contains("access_token")) {
            return CompletableFuture.failedFuture(challenges.invalidRequest(
                    "Bad request: access tokens are accepted only in the Authorization header"));
        }
        List<String> headers = request.headers().getAll("Authorization");
        if (headers.size() > 1) {
            return CompletableFuture.failedFuture(
                    challenges.invalidRequest("Bad request: send exactly one Authorization header"));
        }
        String token = headers.isEmpty() ? null : bearerToken(headers.get(0));
        if (token == null) {
            return anonymousAllowed ? CompletableFuture.completedFuture(AnonymousCaller.INSTANCE)
                    : CompletableFuture.failedFuture(challenges.missingToken());
        }
        if (token.length() > MAX_TOKEN_LENGTH || !isB64Token(token)) {
            return CompletableFuture.failedFuture(challenges.invalidToken());
        }
        if (apiKeys != null && token.startsWith(ApiKeyVerifier.PREFIX)) {
            Caller keyCaller = apiKeys.verify(token);
            return keyCaller != null ? CompletableFuture.completedFuture(keyCaller)
                    : CompletableFuture.failedFuture(challenges.invalidToken());
        }
        return verifier.verify(token, ctx).handle((caller, failure) -> {
            if (failure != null) {
                throw challenges.invalidToken();
            }
            return caller;
        });
    }

    /**
     * RFC 6750 {@code b64token} syntax: {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. A plain
     * loop: it runs on every request, where a regular expression cost more than the rest of authentication.
     */
    static boolean isB64Token(String token) {
        int length = token.length();
        int i = 0;
        while (i < length) {
            char c = token.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '+' || c == '/') {
                i++;
            } else {
                break;
            }
        }
        if (i == 0) {
            return false;
        }
        while (i < length && token.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    /**
     * The token of a {@code Bearer} header (scheme case-insensitive), or null for another scheme.
     */
    private static String bearerToken(String header) {
        String trimmed = header.trim();
        if (trimmed.length() < 7 || !trimmed.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        return trimmed.substring(7).trim();
    }
}
