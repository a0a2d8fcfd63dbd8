package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

/**
 * Implemented by the built-in authorization server's extension: when it is on, its issuer is the authorization server
 * published in the protected-resource metadata (unless {@code quarkus.warden.auth.authorization-servers} says
 * otherwise), and it says whether the tokens it issued to a client may still be used.
 */
public interface EmbeddedAuthorizationServer {

    /**
     * The issuer URL of the built-in authorization server, or empty when it is off.
     */
    Optional<String> issuer();

    /**
     * Completes with whether a token this server issued to the client is still accepted: false once an operator has
     * disabled or deleted the client, false for a token issued before the client was last disabled (even once it has
     * been enabled again), and false when that cannot be told (fail closed). Asked on every request that
     * carries one of its tokens, including tokens served from the verified-token cache, so it must usually answer at
     * once from memory; it may be called on the event loop and must not block it.
     *
     * @param clientId the token's {@code client_id}
     * @param issuedAt the token's {@code iat}, or null when it has none
     */
    CompletionStage<Boolean> acceptsToken(String clientId, Instant issuedAt);
}
