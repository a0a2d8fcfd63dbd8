package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.mcpwarden.auth.Caller;

/**
 * The caller of a request without a token (public tools, or authentication turned off).
 */
public final class AnonymousCaller implements Caller {

    public static final AnonymousCaller INSTANCE = new AnonymousCaller();

    private AnonymousCaller() {
    }

    @Override
    public boolean authenticated() {
        return false;
    }

    @Override
    public String subject() {
        return null;
    }

    @Override
    public String clientId() {
        return null;
    }

    @Override
    public String issuer() {
        return null;
    }

    @Override
    public Set<String> grantedScopes() {
        return Set.of();
    }

    @Override
    public boolean hasScope(String scope) {
        return false;
    }

    @Override
    public Optional<Object> claim(String path) {
        return Optional.empty();
    }

    @Override
    public Optional<String> acr() {
        return Optional.empty();
    }

    @Override
    public Optional<Instant> authTime() {
        return Optional.empty();
    }

    @Override
    public Instant expiresAt() {
        return null;
    }
}
