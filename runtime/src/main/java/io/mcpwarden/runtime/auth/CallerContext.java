package io.mcpwarden.runtime.auth;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;

import io.mcpwarden.auth.Caller;
import io.quarkus.arc.Unremovable;

/**
 * Holds the caller of the tool call running in the current request context, and makes it injectable as
 * {@link Caller}.
 */
@RequestScoped
@Unremovable
public class CallerContext {

    private Caller caller = AnonymousCaller.INSTANCE;

    public void set(Caller caller) {
        this.caller = caller;
    }

    @Produces
    @RequestScoped
    Caller caller() {
        return new ForwardingCaller(caller);
    }
}
