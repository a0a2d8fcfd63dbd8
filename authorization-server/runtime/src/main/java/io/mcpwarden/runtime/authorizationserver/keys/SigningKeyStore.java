package io.mcpwarden.runtime.authorizationserver.keys;

import java.util.List;

import io.mcpwarden.runtime.authorizationserver.store.Database;

/**
 * Signing keys as stored: the private JWK (JSON), when it was created and when it stopped signing.
 */
final class SigningKeyStore {

    record StoredKey(String kid, String algorithm, String privateJwk, long createdAt, Long retiredAt) {
    }

    private final Database db;

    SigningKeyStore(Database db) {
        this.db = db;
    }

    List<StoredKey> all() {
        return db.query("SELECT kid, algorithm, private_jwk, created_at, retired_at FROM warden_signing_key "
                + "ORDER BY created_at DESC",
                row -> new StoredKey(row.getString(1), row.getString(2),
                        row.getString(3), row.getLong(4), (Long) row.getObject(5, Long.class)));
    }

    void add(StoredKey key) {
        db.update("INSERT INTO warden_signing_key (kid, algorithm, private_jwk, created_at) VALUES (?, ?, ?, ?)",
                key.kid(), key.algorithm(), key.privateJwk(), key.createdAt());
    }

    /**
     * Marks every key but the given one as no longer signing.
     */
    void retireAllBut(String kid, long now) {
        db.update("UPDATE warden_signing_key SET retired_at = ? WHERE kid <> ? AND retired_at IS NULL", now, kid);
    }

    /**
     * Deletes keys retired before the cutoff: no unexpired token was signed with them.
     */
    void deleteRetiredBefore(long cutoff) {
        db.update("DELETE FROM warden_signing_key WHERE retired_at IS NOT NULL AND retired_at < ?", cutoff);
    }
}
