package io.mcpwarden.runtime.authorizationserver.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Registered clients.
 */
public final class ClientStore {

    private static final String COLUMNS = "client_id, client_secret_hash, client_name, redirect_uris, scope, "
            + "token_endpoint_auth_method, grant_types, created_at, last_used_at";

    private final Database db;

    public ClientStore(Database db) {
        this.db = db;
    }

    public void add(RegisteredClient client, String registeredFrom) {
        db.update("INSERT INTO warden_client (" + COLUMNS + ", registered_from) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                client.clientId(), client.secretHash(), client.name(), String.join(" ", client.redirectUris()),
                String.join(" ", client.scopes()), client.authMethod(), String.join(" ", client.grantTypes()),
                client.createdAt(), client.lastUsedAt(),
                registeredFrom);
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
                words(row.getString(5)), row.getString(6), words(row.getString(7)), row.getLong(8), row.getLong(9));
    }

    static List<String> words(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.trim().split(" +"));
    }
}
