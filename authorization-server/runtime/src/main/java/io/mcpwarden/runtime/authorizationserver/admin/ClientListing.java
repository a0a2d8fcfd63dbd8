package io.mcpwarden.runtime.authorizationserver.admin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.ConsentStore;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The admin API's list of clients: each with how it is known (registered, or by its metadata document), when it was
 * registered and last used, whether it is disabled, its active grants and the consents users gave it. Three queries
 * whatever the number of clients. Never holds a secret or its hash.
 */
final class ClientListing {

    private final ClientStore clients;
    private final GrantStore grants;
    private final ConsentStore consents;

    ClientListing(ClientStore clients, GrantStore grants, ConsentStore consents) {
        this.clients = clients;
        this.grants = grants;
        this.consents = consents;
    }

    JsonObject all() {
        Map<String, List<JsonObject>> grantsByClient = new LinkedHashMap<>();
        for (GrantStore.ActiveGrant grant : grants.active()) {
            grantsByClient.computeIfAbsent(grant.clientId(), id -> new ArrayList<>())
                    .add(new JsonObject().put("subject", grant.subject()).put("scope", String.join(" ", grant.scopes()))
                            .put("granted_at", grant.createdAt()));
        }
        Map<String, List<JsonObject>> consentsByClient = new LinkedHashMap<>();
        for (ConsentStore.Consent consent : consents.all()) {
            consentsByClient.computeIfAbsent(consent.clientId(), id -> new ArrayList<>())
                    .add(new JsonObject().put("subject", consent.subject())
                            .put("scope", String.join(" ", consent.scopes())).put("granted_at", consent.grantedAt()));
        }
        JsonArray listed = new JsonArray();
        for (RegisteredClient client : clients.all()) {
            listed.add(new JsonObject()
                    .put("client_id", client.clientId())
                    .put("client_name", client.name())
                    .put("kind", client.metadataDocument() ? "metadata_document" : "registered")
                    .put("redirect_uris", new JsonArray(client.redirectUris()))
                    .put("grant_types", new JsonArray(client.grantTypes()))
                    .put("token_endpoint_auth_method", client.authMethod())
                    .put("scope", String.join(" ", client.scopes()))
                    .put("registered_at", client.createdAt())
                    .put("last_used_at", client.lastUsedAt())
                    .put("disabled_at", client.disabledAt())
                    .put("grants", new JsonArray(grantsByClient.getOrDefault(client.clientId(), List.of())))
                    .put("consents", new JsonArray(consentsByClient.getOrDefault(client.clientId(), List.of()))));
        }
        return new JsonObject().put("clients", listed);
    }
}
