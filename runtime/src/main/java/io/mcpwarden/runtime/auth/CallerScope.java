package io.mcpwarden.runtime.auth;

import io.mcpwarden.auth.Caller;
import io.quarkus.arc.Arc;
import io.quarkus.security.identity.CurrentIdentityAssociation;

/**
 * Makes the caller of a tool call visible in the active request context: as the injectable {@link Caller}, and as the
 * Quarkus {@code SecurityIdentity} (so {@code SecurityIdentity} and {@code JsonWebToken} injection work in tools).
 */
public final class CallerScope {

    private volatile CallerContext callers;
    private volatile CurrentIdentityAssociation identities;

    /**
     * Must run with the request context active.
     */
    public void enter(Caller caller) {
        if (callers == null) {
            callers = Arc.container().instance(CallerContext.class).get();
            identities = Arc.container().instance(CurrentIdentityAssociation.class).get();
        }
        callers.set(caller);
        if (caller instanceof VerifiedCaller verified && identities != null) {
            identities.setIdentity(verified.identity());
        }
    }
}
