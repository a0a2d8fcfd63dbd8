package io.mcpwarden.runtime.authorizationserver.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Grants and what they issue: authorization codes (single use) and refresh tokens (rotated on every use). Codes and
 * refresh tokens are looked up by hash; redeeming one is a conditional UPDATE, so that of two concurrent redemptions
 * exactly one wins.
 */
public final class GrantStore {

    private final Database db;

    public GrantStore(Database db) {
        this.db = db;
    }

    /**
     * The outcome of redeeming a code or refresh token.
     *
     * @param grant the grant it belongs to, or null when the value is unknown
     * @param won whether this redemption consumed it (false: already used, or expired)
     * @param replayed whether it had been used before (a replay: the caller revokes the grant)
     * @param redirectUri the redirect URI bound to a code, else null
     * @param codeChallenge the PKCE challenge bound to a code, else null
     */
    public record Redemption(Grant grant, boolean won, boolean replayed, String redirectUri, String codeChallenge) {
    }

    public void addGrant(Grant grant, long now) {
        db.update("INSERT INTO warden_grant (grant_id, client_id, subject, scope, resource, auth_time, acr, "
                + "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", grant.grantId(), grant.clientId(), grant.subject(),
                String.join(" ", grant.scopes()), grant.resource(), grant.authTime(), grant.acr(), now);
    }

    public Optional<Grant> find(String grantId) {
        return db.queryOne("SELECT grant_id, client_id, subject, scope, resource, auth_time, acr, revoked_at "
                + "FROM warden_grant WHERE grant_id = ?", GrantStore::read, grantId);
    }

    /**
     * Revokes the grant and deletes its refresh tokens and unredeemed codes.
     *
     * @return whether it was active until now
     */
    public boolean revoke(String grantId, long now) {
        return db.inTransaction(connection -> {
            int changed = Database.update(connection,
                    "UPDATE warden_grant SET revoked_at = ? WHERE grant_id = ? AND revoked_at IS NULL", now, grantId);
            Database.update(connection, "DELETE FROM warden_refresh_token WHERE grant_id = ?", grantId);
            return changed == 1;
        });
    }

    public void addCode(String code, String grantId, String redirectUri, String codeChallenge, long expiresAt) {
        db.update("INSERT INTO warden_authorization_code (code_hash, grant_id, redirect_uri, code_challenge, "
                + "expires_at, redeemed) VALUES (?, ?, ?, ?, ?, FALSE)", Secrets.hash(code), grantId, redirectUri,
                codeChallenge, expiresAt);
    }

    /**
     * Marks the code redeemed if it is unredeemed and unexpired.
     */
    public Redemption redeemCode(String code, long now) {
        String hash = Secrets.hash(code);
        record Row(String grantId, String redirectUri, String challenge, long expiresAt, boolean redeemed) {
        }
        Optional<Row> row = db.queryOne("SELECT grant_id, redirect_uri, code_challenge, expires_at, redeemed "
                + "FROM warden_authorization_code WHERE code_hash = ?",
                r -> new Row(r.getString(1), r.getString(2), r.getString(3), r.getLong(4), r.getBoolean(5)), hash);
        if (row.isEmpty()) {
            return new Redemption(null, false, false, null, null);
        }
        // The grant is read before the code is consumed, as for refresh tokens: a concurrent redemption of the same
        // code is a replay that revokes the grant, and the redemption that consumed the code must still be the one
        // winner (its tokens then die with the grant), not find the grant revoked a moment later and lose as well.
        Grant grant = find(row.get().grantId()).orElse(null);
        boolean won = db.update("UPDATE warden_authorization_code SET redeemed = TRUE "
                + "WHERE code_hash = ? AND redeemed = FALSE AND expires_at > ?", hash, now) == 1;
        boolean replayed = !won && (row.get().redeemed() || row.get().expiresAt() > now);
        return new Redemption(grant, won, replayed, row.get().redirectUri(), row.get().challenge());
    }

    public void addRefreshToken(String token, String grantId, long expiresAt) {
        db.update("INSERT INTO warden_refresh_token (token_hash, grant_id, expires_at, used) VALUES (?, ?, ?, FALSE)",
                Secrets.hash(token), grantId, expiresAt);
    }

    /**
     * Marks the refresh token used if it is unused and unexpired. A used token stays stored (until its grant is
     * revoked) so that a replay is recognised.
     */
    public Redemption redeemRefreshToken(String token, long now) {
        String hash = Secrets.hash(token);
        record Row(String grantId, long expiresAt, boolean used) {
        }
        Optional<Row> row = db.queryOne("SELECT grant_id, expires_at, used FROM warden_refresh_token "
                + "WHERE token_hash = ?", r -> new Row(r.getString(1), r.getLong(2), r.getBoolean(3)), hash);
        if (row.isEmpty()) {
            return new Redemption(null, false, false, null, null);
        }
        // The grant is read before the token is consumed: a concurrent redemption of the same token is a replay
        // that revokes the grant, and the redemption that consumed the token must still be the one winner (its
        // tokens then die with the grant), not find the grant revoked a moment later and lose as well.
        Grant grant = find(row.get().grantId()).orElse(null);
        boolean won = db.update("UPDATE warden_refresh_token SET used = TRUE "
                + "WHERE token_hash = ? AND used = FALSE AND expires_at > ?", hash, now) == 1;
        boolean replayed = !won && (row.get().used() || row.get().expiresAt() > now);
        return new Redemption(grant, won, replayed, null, null);
    }

    /**
     * Finds the grant of a refresh token, used or not, for revocation (RFC 7009).
     */
    public Optional<String> grantOfRefreshToken(String token) {
        return db.queryOne("SELECT grant_id FROM warden_refresh_token WHERE token_hash = ?", r -> r.getString(1),
                Secrets.hash(token));
    }

    /**
     * Deletes expired codes and refresh tokens.
     */
    public void purgeExpired(long now) {
        db.update("DELETE FROM warden_authorization_code WHERE expires_at < ?", now);
        db.update("DELETE FROM warden_refresh_token WHERE expires_at < ?", now);
    }

    private static Grant read(ResultSet row) throws SQLException {
        return new Grant(row.getString(1), row.getString(2), row.getString(3), ClientStore.words(row.getString(4)),
                row.getString(5), row.getLong(6), row.getString(7), row.getObject(8) != null);
    }

    /**
     * An active grant as the admin API lists it.
     *
     * @param clientId the client
     * @param subject the user
     * @param scopes the granted scopes
     * @param createdAt when the user granted it, epoch seconds
     */
    public record ActiveGrant(String clientId, String subject, java.util.List<String> scopes, long createdAt) {
    }

    /**
     * Every grant not revoked, oldest first.
     */
    public java.util.List<ActiveGrant> active() {
        return db.query("SELECT client_id, subject, scope, created_at FROM warden_grant WHERE revoked_at IS NULL "
                + "ORDER BY created_at, grant_id",
                r -> new ActiveGrant(r.getString(1), r.getString(2),
                        ClientStore.words(r.getString(3)), r.getLong(4)));
    }

    /**
     * Revokes every active grant of the user (of one client, or of all when {@code clientId} is null) and deletes
     * their refresh tokens and unredeemed codes.
     *
     * @return how many grants were revoked
     */
    public int revokeAllOf(String subject, String clientId, long now) {
        String where = "subject = ? AND revoked_at IS NULL" + (clientId == null ? "" : " AND client_id = ?");
        Object[] parameters = clientId == null ? new Object[] { subject } : new Object[] { subject, clientId };
        return db.inTransaction(connection -> {
            String grants = "SELECT grant_id FROM warden_grant WHERE " + where;
            Database.update(connection, "DELETE FROM warden_refresh_token WHERE grant_id IN (" + grants + ")",
                    parameters);
            Database.update(connection, "DELETE FROM warden_authorization_code WHERE grant_id IN (" + grants + ")",
                    parameters);
            Object[] withTime = new Object[parameters.length + 1];
            withTime[0] = now;
            System.arraycopy(parameters, 0, withTime, 1, parameters.length);
            return Database.update(connection, "UPDATE warden_grant SET revoked_at = ? WHERE " + where, withTime);
        });
    }
}
