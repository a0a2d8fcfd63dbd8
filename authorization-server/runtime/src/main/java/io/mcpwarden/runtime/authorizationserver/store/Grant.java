package io.mcpwarden.runtime.authorizationserver.store;

import java.util.List;

/**
 * What a user allowed one client: the root of its authorization codes and refresh tokens. Revoking it ends them all.
 *
 * @param grantId the grant's id
 * @param clientId the client
 * @param subject the user
 * @param scopes the granted scopes
 * @param resource the RFC 8707 resource (audience of the access tokens)
 * @param authTime when the user logged in, epoch seconds
 * @param acr how the user logged in
 * @param revoked whether it has been revoked
 */
public record Grant(String grantId, String clientId, String subject, List<String> scopes, String resource,
        long authTime, String acr, boolean revoked) {
}
