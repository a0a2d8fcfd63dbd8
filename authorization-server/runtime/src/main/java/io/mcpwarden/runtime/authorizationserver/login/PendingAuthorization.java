package io.mcpwarden.runtime.authorizationserver.login;

import java.util.List;

import io.mcpwarden.authorizationserver.AuthenticatedUser;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;

/**
 * A validated authorization request waiting for the user to log in and consent.
 *
 * @param id the id carried by the login and consent forms
 * @param csrfToken the anti-forgery token the forms must carry
 * @param browserBinding the value of the cookie set on the browser that started the request
 * @param client the client asking
 * @param redirectUri its redirect URI (validated: exactly one of the registered ones)
 * @param state the client's {@code state}, or null
 * @param codeChallenge the PKCE S256 challenge
 * @param scopes the requested scopes (all declared)
 * @param resource the RFC 8707 resource
 * @param expiresAt epoch seconds after which the request is void
 * @param user the user, once logged in; null before
 * @param authTime when the user logged in, epoch seconds
 */
public record PendingAuthorization(String id, String csrfToken, String browserBinding, RegisteredClient client,
        String redirectUri, String state, String codeChallenge, List<String> scopes, String resource,
        long expiresAt, AuthenticatedUser user, long authTime) {

    public PendingAuthorization withScopes(List<String> narrowed) {
        return new PendingAuthorization(id, csrfToken, browserBinding, client, redirectUri, state, codeChallenge,
                List.copyOf(narrowed), resource, expiresAt, user, authTime);
    }

    public PendingAuthorization loggedIn(AuthenticatedUser user, long authTime, String newCsrfToken) {
        return new PendingAuthorization(id, newCsrfToken, browserBinding, client, redirectUri, state, codeChallenge,
                scopes, resource, expiresAt, user, authTime);
    }
}
