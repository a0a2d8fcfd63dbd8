package io.mcpwarden.it.keycloak;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the server learned about the caller from a Keycloak access token.
 *
 * @param subject the {@code sub} claim
 * @param username Keycloak's {@code preferred_username} claim; absent when the client's scopes do not map it
 * @param clientId the OAuth client ({@code client_id} or {@code azp})
 * @param issuer the {@code iss} claim
 * @param scopes the granted scopes, sorted
 */
// Absent claims are left out rather than written as null, which the output schema (type string) would not allow.
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CallerInfo(String subject, String username, String clientId, String issuer, List<String> scopes) {
}
