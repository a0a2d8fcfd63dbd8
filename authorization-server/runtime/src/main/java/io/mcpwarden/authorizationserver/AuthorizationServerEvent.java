package io.mcpwarden.authorizationserver;

import java.time.Instant;

/**
 * What the built-in authorization server did: a client registered, a user consented, tokens issued, refreshed or
 * revoked, or such a request refused. Fired as a CDI event ({@code void on(@Observes AuthorizationServerEvent e)})
 * and written as one JSON line on the {@code io.mcpwarden.audit} log category. It never holds a secret, a code or a
 * token.
 *
 * @param time when it happened
 * @param type what happened
 * @param subject the user, or null
 * @param clientId the client, or null
 * @param scope the scopes concerned (space-separated), or null
 * @param reason for a refusal, the OAuth error code ({@code invalid_grant}, {@code invalid_redirect_uri}...) and why;
 *        else null
 * @param sourceAddress the address the request came from
 * @param actor for an admin API request, the operator who made it (the {@code sub} of the admin token); else null
 */
public record AuthorizationServerEvent(Instant time, Type type, String subject, String clientId, String scope,
        String reason, String sourceAddress, String actor) {

    public enum Type {
        /** A client registered (RFC 7591). */
        CLIENT_REGISTERED,
        /** A registration was refused by the registration policy. */
        CLIENT_REGISTRATION_REFUSED,
        /** A user logged in. */
        LOGIN_SUCCEEDED,
        /** Wrong user name or password. */
        LOGIN_FAILED,
        /** A user granted scopes to a client (on the consent page, or by a remembered consent). */
        CONSENT_GRANTED,
        /** A user refused a client on the consent page. */
        CONSENT_DENIED,
        /** Tokens were issued for an authorization code. */
        TOKEN_ISSUED,
        /** Tokens were issued for a refresh token (which was rotated). */
        TOKEN_REFRESHED,
        /** A token request was refused. */
        TOKEN_REFUSED,
        /** A grant and all its tokens were revoked: by the client (RFC 7009) or after a code or token replay. */
        GRANT_REVOKED,
        /** An operator listed the clients through the admin API. */
        ADMIN_CLIENTS_LISTED,
        /** An operator disabled a client: its tokens stop working and it cannot authorize again. */
        ADMIN_CLIENT_DISABLED,
        /**
         * An operator enabled a disabled client again: it may authorize anew, while its grants and the tokens issued
         * to it before it was disabled stay revoked.
         */
        ADMIN_CLIENT_ENABLED,
        /** An operator deleted a client with its grants and consents. */
        ADMIN_CLIENT_DELETED,
        /** An operator revoked a user's grants and forgot the user's consents ({@code clientId} null: all clients). */
        ADMIN_USER_GRANTS_REVOKED,
        /** An admin API request was refused: no token, an invalid one, or one without the admin scope. */
        ADMIN_REQUEST_REFUSED,
        /**
         * A request to the authorization, login, token or registration endpoint was refused (429) because its source
         * address had sent too many; {@code reason} names the endpoint and its limit.
         */
        REQUEST_RATE_LIMITED
    }
}
