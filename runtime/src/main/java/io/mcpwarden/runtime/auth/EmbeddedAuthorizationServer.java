package io.mcpwarden.runtime.auth;

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
     * Completes with whether tokens this server issued to the client are still accepted: false once an operator has
     * disabled or deleted the client, and false when that cannot be told (fail closed). Asked on every request that
     * carries one of its tokens, including tokens served from the verified-token cache, so it must usually answer at
     * once from memory; it may be called on the event loop and must not block it.
     *
     * @param clientId the token's {@code client_id}
     */
    CompletionStage<Boolean> acceptsTokensOf(String clientId);
}
