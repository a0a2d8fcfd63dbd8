package io.mcpwarden.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Who is calling a tool: over HTTP, the identity established from the bearer token of the current request; over the
 * stdio transport, the local user who launched the server, with the scopes its configuration grants (see
 * {@code docs/guide/stdio.md}). Inject it as a request-scoped bean ({@code @Inject Caller caller}). It never exposes
 * the raw token.
 */
public interface Caller {

    /**
     * Whether a verified token came with the request. False for calls to public tools without a token and when
     * authentication is turned off.
     */
    boolean authenticated();

    /**
     * The {@code sub} claim, or null when not authenticated.
     */
    String subject();

    /**
     * The OAuth client the token was issued to ({@code client_id} or {@code azp} claim), or null.
     */
    String clientId();

    /**
     * The {@code iss} claim, or null.
     */
    String issuer();

    /**
     * The scopes granted by the token, without hierarchy expansion.
     */
    Set<String> grantedScopes();

    /**
     * Whether the caller holds the scope, directly or through a broader scope that implies it.
     */
    boolean hasScope(String scope);

    /**
     * A claim of the token by name, or by a dotted path into nested objects ({@code realm_access.roles}).
     */
    Optional<Object> claim(String path);

    /**
     * The {@code acr} claim (authentication context class), if present.
     */
    Optional<String> acr();

    /**
     * The {@code auth_time} claim, if present.
     */
    Optional<Instant> authTime();

    /**
     * When the token expires, or null when not authenticated.
     */
    Instant expiresAt();
}
