package io.mcpwarden.runtime.authorizationserver.store;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The scopes each user has consented to give each client, remembered so that the consent page is not shown again
 * for scopes already granted.
 */
public final class ConsentStore {

    private final Database db;

    public ConsentStore(Database db) {
        this.db = db;
    }

    public Set<String> granted(String subject, String clientId) {
        return db.queryOne("SELECT scope FROM warden_consent WHERE subject = ? AND client_id = ?",
                row -> new LinkedHashSet<>(ClientStore.words(row.getString(1))), subject, clientId)
                .map(s -> (Set<String>) s).orElse(Set.of());
    }

    /**
     * Remembers exactly these scopes for the user and client (replacing what was remembered).
     */
    public void remember(String subject, String clientId, List<String> scopes, long now) {
        db.inTransaction(connection -> {
            Database.update(connection, "DELETE FROM warden_consent WHERE subject = ? AND client_id = ?", subject,
                    clientId);
            return Database.update(connection, "INSERT INTO warden_consent (subject, client_id, scope, granted_at) "
                    + "VALUES (?, ?, ?, ?)", subject, clientId, String.join(" ", scopes), now);
        });
    }

    /**
     * A remembered consent as the admin API lists it.
     *
     * @param clientId the client
     * @param subject the user
     * @param scopes the scopes the user allowed
     * @param grantedAt when the user last consented, epoch seconds
     */
    public record Consent(String clientId, String subject, List<String> scopes, long grantedAt) {
    }

    public List<Consent> all() {
        return db.query("SELECT client_id, subject, scope, granted_at FROM warden_consent ORDER BY granted_at, "
                + "subject",
                r -> new Consent(r.getString(1), r.getString(2), ClientStore.words(r.getString(3)),
                        r.getLong(4)));
    }

    /**
     * Forgets what the user allowed (one client, or every client when {@code clientId} is null): the consent page is
     * shown again next time.
     *
     * @return how many consents were forgotten
     */
    public int forget(String subject, String clientId) {
        return clientId == null ? db.update("DELETE FROM warden_consent WHERE subject = ?", subject)
                : db.update("DELETE FROM warden_consent WHERE subject = ? AND client_id = ?", subject, clientId);
    }
}
