package io.mcpwarden.runtime.auth;

import java.util.List;

/**
 * The outcome of checking a caller against a tool's policy.
 *
 * @param outcome allowed, or why not
 * @param missingScopes for {@link Outcome#INSUFFICIENT_SCOPE}: the scopes to obtain
 */
public record AccessDecision(Outcome outcome, List<String> missingScopes) {

    public enum Outcome {
        ALLOWED,
        AUTHENTICATION_REQUIRED,
        INSUFFICIENT_SCOPE
    }

    static final AccessDecision ALLOWED = new AccessDecision(Outcome.ALLOWED, List.of());
    static final AccessDecision AUTHENTICATION_REQUIRED = new AccessDecision(Outcome.AUTHENTICATION_REQUIRED,
            List.of());

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
