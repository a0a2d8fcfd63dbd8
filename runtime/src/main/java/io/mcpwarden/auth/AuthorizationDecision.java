package io.mcpwarden.auth;

import java.util.Objects;

/**
 * The answer of a {@link ToolAuthorizer}.
 */
public final class AuthorizationDecision {

    private static final AuthorizationDecision ALLOW = new AuthorizationDecision(true, null);

    private final boolean allowed;
    private final String reason;

    private AuthorizationDecision(boolean allowed, String reason) {
        this.allowed = allowed;
        this.reason = reason;
    }

    public static AuthorizationDecision allow() {
        return ALLOW;
    }

    /**
     * A refusal; the reason is sent to the client in the 403 error message, so keep secrets out of it.
     */
    public static AuthorizationDecision deny(String reason) {
        return new AuthorizationDecision(false, Objects.requireNonNull(reason, "reason"));
    }

    public boolean allowed() {
        return allowed;
    }

    /**
     * Why the call was refused, or null when allowed.
     */
    public String reason() {
        return reason;
    }
}
