package io.mcpwarden.runtime.authorizationserver.store;

import java.util.List;

/**
 * A client known to the authorization server.
 *
 * @param clientId the {@code client_id}
 * @param secretHash the SHA-256 of its secret, or null for a public client
 * @param name the name shown on the consent page
 * @param redirectUris the exact redirect URIs it may use
 * @param scopes the scopes it registered with (informational: users may grant any declared scope at consent)
 * @param authMethod its {@code token_endpoint_auth_method}
 * @param grantTypes its grant types ({@code authorization_code}, and {@code refresh_token} when it wants refresh
 *        tokens)
 * @param createdAt registration time, epoch seconds
 * @param lastUsedAt last authorization or token request, epoch seconds
 * @param metadataDocument whether the client is identified by a Client ID Metadata Document (its {@code client_id}
 *        is the document's https URL) rather than registered
 * @param disabledAt when an operator disabled it, epoch seconds; null while it is enabled
 */
public record RegisteredClient(String clientId, String secretHash, String name, List<String> redirectUris,
        List<String> scopes, String authMethod, List<String> grantTypes, long createdAt, long lastUsedAt,
        boolean metadataDocument, Long disabledAt) {

    public boolean disabled() {
        return disabledAt != null;
    }

    public boolean mayRefresh() {
        return grantTypes.contains("refresh_token");
    }

    public boolean isPublic() {
        return secretHash == null;
    }
}
