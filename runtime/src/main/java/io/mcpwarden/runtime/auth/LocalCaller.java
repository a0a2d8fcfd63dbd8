package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import io.mcpwarden.auth.Caller;

/**
 * The caller of a stdio server: the local user who launched the process. No token travels over stdio (the MCP
 * authorization specification does not apply to it, and credentials come from the environment), so this caller is
 * authenticated by the operating system and holds exactly the scopes the configuration grants it
 * ({@code quarkus.warden.stdio.scopes}); it has no claims, no {@code acr} and no expiry.
 */
public final class LocalCaller implements Caller {

    private final String subject;
    private final Set<String> grantedScopes;
    private final Set<String> effectiveScopes;

    public LocalCaller(String subject, Set<String> grantedScopes, ScopeHierarchy hierarchy) {
        this.subject = subject;
        this.grantedScopes = Set.copyOf(grantedScopes);
        this.effectiveScopes = hierarchy.expand(grantedScopes);
    }

    @Override
    public boolean authenticated() {
        return true;
    }

    @Override
    public String subject() {
        return subject;
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
        return grantedScopes;
    }

    @Override
    public boolean hasScope(String scope) {
        return effectiveScopes.contains(scope);
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
