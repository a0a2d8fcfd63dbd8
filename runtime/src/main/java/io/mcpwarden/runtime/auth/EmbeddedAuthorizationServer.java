package io.mcpwarden.runtime.auth;

import java.util.Optional;

/**
 * Implemented by the built-in authorization server's extension: when it is on, its issuer is the authorization server
 * published in the protected-resource metadata (unless {@code quarkus.warden.auth.authorization-servers} says
 * otherwise).
 */
public interface EmbeddedAuthorizationServer {

    /**
     * The issuer URL of the built-in authorization server, or empty when it is off.
     */
    Optional<String> issuer();
}
