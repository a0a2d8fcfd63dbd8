package io.mcpwarden.runtime.authorizationserver.audit;

/**
 * The reasons of {@code GRANT_REVOKED} events: what the audit line says, and what the meters count them by.
 */
public final class RevocationReasons {

    /** A second redemption of an authorization code revoked its grant. */
    public static final String AUTHORIZATION_CODE_REPLAY = "authorization code used twice";
    /** A second use of a (rotated) refresh token revoked its grant. */
    public static final String REFRESH_TOKEN_REPLAY = "refresh token used twice";
    /** The client revoked its refresh token (RFC 7009). */
    public static final String CLIENT_REQUEST = "revoked by the client (RFC 7009)";

    private RevocationReasons() {
    }
}
