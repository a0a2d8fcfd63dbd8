package io.mcpwarden.authorizationserver;

import java.util.Objects;

/**
 * A user who has just logged in to the built-in authorization server.
 *
 * @param subject the stable user identifier, the {@code sub} of the tokens issued to clients acting for this user
 * @param displayName the name shown to the user on the consent page
 * @param acr the authentication context class reference, the {@code acr} claim of the tokens (how the user logged in,
 *        for instance {@code password})
 */
public record AuthenticatedUser(String subject, String displayName, String acr) {

    public AuthenticatedUser {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(acr, "acr");
    }
}
