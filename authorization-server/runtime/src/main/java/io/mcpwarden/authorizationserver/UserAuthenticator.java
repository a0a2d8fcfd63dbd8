package io.mcpwarden.authorizationserver;

import java.util.Optional;

/**
 * The login step of the built-in authorization server: checks what the user typed on the login page. The default
 * implementation checks the users configured under {@code quarkus.warden.authorization-server.users} against their
 * bcrypt hashes. Provide an {@code @ApplicationScoped} bean of this type to check users elsewhere (a directory, a
 * database); it replaces the default.
 * <p>
 * Called on a worker thread; may block.
 */
public interface UserAuthenticator {

    /**
     * The user, when the credentials are right; empty otherwise. Implementations must not reveal which of the two was
     * wrong and should take the same time either way.
     *
     * @param username what the user typed as user name
     * @param password what the user typed as password
     */
    Optional<AuthenticatedUser> authenticate(String username, char[] password);
}
