package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.mcpwarden.auth.Caller;

/**
 * A {@link Caller} that delegates to another; the request-scoped bean a client proxy can subclass-free wrap.
 */
final class ForwardingCaller implements Caller {

    private final Caller delegate;

    ForwardingCaller(Caller delegate) {
        this.delegate = delegate;
    }

    @Override
    public boolean authenticated() {
        return delegate.authenticated();
    }

    @Override
    public String subject() {
        return delegate.subject();
    }

    @Override
    public String clientId() {
        return delegate.clientId();
    }

    @Override
    public String issuer() {
        return delegate.issuer();
    }

    @Override
    public Set<String> grantedScopes() {
        return delegate.grantedScopes();
    }

    @Override
    public boolean hasScope(String scope) {
        return delegate.hasScope(scope);
    }

    @Override
    public Optional<Object> claim(String path) {
        return delegate.claim(path);
    }

    @Override
    public Optional<String> acr() {
        return delegate.acr();
    }

    @Override
    public Optional<Instant> authTime() {
        return delegate.authTime();
    }

    @Override
    public Instant expiresAt() {
        return delegate.expiresAt();
    }
}
