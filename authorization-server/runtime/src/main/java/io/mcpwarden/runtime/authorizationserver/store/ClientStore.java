package io.mcpwarden.runtime.authorizationserver.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Registered clients.
 */
public final class ClientStore {

    private static final String COLUMNS = "client_id, client_secret_hash, client_name, redirect_uris, scope, "
            + "token_endpoint_auth_method, grant_types, created_at, last_used_at, metadata_document, disabled_at";

    private final Database db;

    public ClientStore(Database db) {
        this.db = db;
    }

    public void add(RegisteredClient client, String registeredFrom) {
        db.update("INSERT INTO warden_client (" + COLUMNS + ", registered_from) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                client.clientId(), client.secretHash(), client.name(), String.join(" ", client.redirectUris()),
                String.join(" ", client.scopes()), client.authMethod(), String.join(" ", client.grantTypes()),
                client.createdAt(), client.lastUsedAt(), client.metadataDocument(), client.disabledAt(),
                registeredFrom);
    }

    /**
     * Stores a Client ID Metadata Document client as its document now describes it, keeping when it was first
     * stored and whether it was disabled.
     */
    public void saveMetadataDocumentClient(RegisteredClient client, long now) {
        String update = "UPDATE warden_client SET client_name = ?, redirect_uris = ?, scope = ?, grant_types = ?, "
                + "last_used_at = ? WHERE client_id = ? AND metadata_document = TRUE";
        Object[] values = { client.name(), String.join(" ", client.redirectUris()), String.join(" ", client.scopes()),
                String.join(" ", client.grantTypes()), now, client.clientId() };
        if (db.update(update, values) == 1) {
            return;
        }
        try {
            add(new RegisteredClient(client.clientId(), null, client.name(), client.redirectUris(), client.scopes(),
                    "none", client.grantTypes(), now, now, true, null), null);
        } catch (Database.StoreException e) {
            // Stored meanwhile by a concurrent authorization: update that row instead.
            if (db.update(update, values) != 1) {
                throw e;
            }
        }
    }

    public List<RegisteredClient> all() {
        return db.query("SELECT " + COLUMNS + " FROM warden_client ORDER BY created_at, client_id", ClientStore::read);
    }

    /**
     * The issue time (epoch seconds) from which this client's tokens are accepted: 0 when all are, later once an
     * operator has disabled and enabled it again; empty when no token of it is, because it is disabled or unknown.
     */
    public OptionalLong tokensAcceptedFrom(String clientId) {
        return db.queryOne("SELECT tokens_not_before FROM warden_client WHERE client_id = ? AND disabled_at IS NULL",
                row -> row.getObject(1) == null ? 0L : row.getLong(1), clientId)
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * Disables the client and revokes its grants (their refresh tokens and unredeemed codes are deleted).
     *
     * @return whether the client exists
     */
    public boolean disable(String clientId, long now) {
        return db.inTransaction(connection -> {
            int changed = Database.update(connection,
                    "UPDATE warden_client SET disabled_at = COALESCE(disabled_at, ?) WHERE client_id = ?", now,
                    clientId);
            String grants = "SELECT grant_id FROM warden_grant WHERE client_id = ?";
            Database.update(connection, "DELETE FROM warden_refresh_token WHERE grant_id IN (" + grants + ")",
                    clientId);
            Database.update(connection, "DELETE FROM warden_authorization_code WHERE grant_id IN (" + grants + ")",
                    clientId);
            Database.update(connection, "UPDATE warden_grant SET revoked_at = ? WHERE client_id = ? "
                    + "AND revoked_at IS NULL", now, clientId);
            return changed == 1;
        });
    }

    /**
     * Enables a disabled client again, so that it may authorize and be issued tokens. What the disabling ended stays
     * ended: its grants stay revoked, the access tokens issued to it up to the second it was disabled stay refused,
     * and its users' remembered consents are forgotten, so that each user is asked again. Enabling an enabled client
     * changes nothing.
     *
     * @return whether the client exists
     */
    public boolean enable(String clientId) {
        boolean reenabled = db.inTransaction(connection -> {
            int changed = Database.update(connection, "UPDATE warden_client SET tokens_not_before = disabled_at + 1, "
                    + "disabled_at = NULL WHERE client_id = ? AND disabled_at IS NOT NULL", clientId);
            if (changed == 1) {
                Database.update(connection, "DELETE FROM warden_consent WHERE client_id = ?", clientId);
            }
            return changed == 1;
        });
        return reenabled || find(clientId).isPresent();
    }

    /**
     * Deletes the client with its grants, codes, tokens and consents.
     *
     * @return whether it existed
     */
    public boolean delete(String clientId) {
        return db.inTransaction(connection -> {
            String grants = "SELECT grant_id FROM warden_grant WHERE client_id = ?";
            Database.update(connection, "DELETE FROM warden_refresh_token WHERE grant_id IN (" + grants + ")",
                    clientId);
            Database.update(connection, "DELETE FROM warden_authorization_code WHERE grant_id IN (" + grants + ")",
                    clientId);
            Database.update(connection, "DELETE FROM warden_grant WHERE client_id = ?", clientId);
            Database.update(connection, "DELETE FROM warden_consent WHERE client_id = ?", clientId);
            return Database.update(connection, "DELETE FROM warden_client WHERE client_id = ?", clientId) == 1;
        });
    }

    public Optional<RegisteredClient> find(String clientId) {
        return db.queryOne("SELECT " + COLUMNS + " FROM warden_client WHERE client_id = ?", ClientStore::read,
                clientId);
    }

    public void touch(String clientId, long now) {
        db.update("UPDATE warden_client SET last_used_at = ? WHERE client_id = ?", now, clientId);
    }

    public long count() {
        return db.count("SELECT COUNT(*) FROM warden_client");
    }

    /**
     * Deletes the clients unused since the given time, with their grants, codes, tokens and consents.
     *
     * @return how many clients were deleted
     */
    public int deleteUnusedSince(long cutoff) {
        return db.inTransaction(connection -> {
            String unused = "SELECT client_id FROM warden_client WHERE last_used_at < ?";
            String grants = "SELECT grant_id FROM warden_grant WHERE client_id IN (" + unused + ")";
            Database.update(connection, "DELETE FROM warden_refresh_token WHERE grant_id IN (" + grants + ")", cutoff);
            Database.update(connection, "DELETE FROM warden_authorization_code WHERE grant_id IN (" + grants + ")",
                    cutoff);
            Database.update(connection, "DELETE FROM warden_grant WHERE client_id IN (" + unused + ")", cutoff);
            Database.update(connection, "DELETE FROM warden_consent WHERE client_id IN (" + unused + ")", cutoff);
            return Database.update(connection, "DELETE FROM warden_client WHERE last_used_at < ?", cutoff);
        });
    }

    private static RegisteredClient read(ResultSet row) throws SQLException {
        return new RegisteredClient(row.getString(1), row.getString(2), row.getString(3), words(row.getString(4)),
                words(row.getString(5)), row.getString(6), words(row.getString(7)), row.getLong(8), row.getLong(9),
                row.getBoolean(10), row.getObject(11) == null ? null : row.getLong(11));
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }
}
