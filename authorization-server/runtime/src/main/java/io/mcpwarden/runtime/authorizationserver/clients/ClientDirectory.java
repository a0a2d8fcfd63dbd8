package io.mcpwarden.runtime.authorizationserver.clients;

import java.util.Optional;

import io.mcpwarden.runtime.authorizationserver.cimd.ClientMetadataDocuments;
import io.mcpwarden.runtime.authorizationserver.cimd.MetadataDocumentException;
import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;

/**
 * Finds the client a {@code client_id} names: a registered client (RFC 7591) in the store, or, for an https URL, the
 * client its Client ID Metadata Document describes, combined with what the store remembers of it (when it was first
 * used, whether an operator disabled it).
 */
public final class ClientDirectory {

    private final ClientStore store;
    private final ClientMetadataDocuments documents;
    private final ClientStatusCache statuses;

    /**
     * @param documents the metadata document resolver, or null when metadata documents are off
     * @param statuses what the resource server knows of each client's status, forgotten when a client changes
     */
    public ClientDirectory(ClientStore store, ClientMetadataDocuments documents, ClientStatusCache statuses) {
        this.store = store;
        this.documents = documents;
        this.statuses = statuses;
    }

    /**
     * The client, or empty when no client has this id.
     *
     * @throws MetadataDocumentException when the id is a metadata document URL whose document is not acceptable
     */
    public Optional<RegisteredClient> find(String clientId) {
        if (documents == null || !ClientMetadataDocuments.isDocumentUrl(clientId)) {
            return store.find(clientId).filter(client -> !client.metadataDocument());
        }
        Optional<RegisteredClient> known = store.find(clientId);
        if (known.isPresent() && known.get().disabled()) {
            return known;
        }
        RegisteredClient described = documents.resolve(clientId);
        return Optional.of(known.map(stored -> new RegisteredClient(described.clientId(), null, described.name(),
                described.redirectUris(), described.scopes(), described.authMethod(), described.grantTypes(),
                stored.createdAt(), stored.lastUsedAt(), true, null)).orElse(described));
    }

    /**
     * Remembers a metadata document client once a user has authorized it, so that it is listed, expires when
     * unused, and can be disabled; does nothing for registered clients, which are stored at registration.
     */
    public void remember(RegisteredClient client, long now) {
        if (client.metadataDocument()) {
            store.saveMetadataDocumentClient(client, now);
            // It may have been deleted and refused before: its new tokens must not meet that old answer.
            statuses.invalidate(client.clientId());
        }
    }

    /**
     * Forgets the cached document and status of a client, after an operator changed it.
     */
    public void invalidate(String clientId) {
        statuses.invalidate(clientId);
        if (documents != null) {
            documents.invalidate(clientId);
        }
    }

    public void touch(String clientId, long now) {
        store.touch(clientId, now);
    }
}
