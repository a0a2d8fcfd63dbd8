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
        INSUFFICIENT_SCOPE,
        INSUFFICIENT_USER_AUTHENTICATION,
        CLAIM_NOT_MET
    }

    static final AccessDecision ALLOWED = new AccessDecision(Outcome.ALLOWED, List.of());
    static final AccessDecision AUTHENTICATION_REQUIRED = new AccessDecision(Outcome.AUTHENTICATION_REQUIRED,
            List.of());

    static final AccessDecision INSUFFICIENT_USER_AUTHENTICATION = new AccessDecision(
            Outcome.INSUFFICIENT_USER_AUTHENTICATION, List.of());
    static final AccessDecision CLAIM_NOT_MET = new AccessDecision(Outcome.CLAIM_NOT_MET, List.of());

    public boolean allowed() {
        return outcome == Outcome.ALLOWED;
    }
}
