package io.mcpwarden.runtime.auth;

/**
 * A request refused by authentication or authorization: the HTTP status, the {@code WWW-Authenticate} value that tells
 * the client what to do, and a safe message for the JSON-RPC error body.
 */
public final class AuthChallengeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String wwwAuthenticate;
    private final String reason;

    public AuthChallengeException(int status, String wwwAuthenticate, String reason, String message) {
        super(message, null, false, false);
        this.status = status;
        this.wwwAuthenticate = wwwAuthenticate;
        this.reason = reason;
    }

    /**
     * A short machine-readable reason for audit records ({@code invalid_token}, {@code insufficient_scope}...).
     */
    public String reason() {
        return reason;
    }

    public int status() {
        return status;
    }

    public String wwwAuthenticate() {
        return wwwAuthenticate;
    }
}
