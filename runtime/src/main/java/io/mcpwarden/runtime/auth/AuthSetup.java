package io.mcpwarden.runtime.auth;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.security.identity.IdentityProviderManager;

/**
 * Builds the resource-server pieces (authenticator, access control, metadata) from configuration, and refuses to
 * start on a configuration that could not be enforced safely.
 */
public final class AuthSetup {

    private static final Logger LOG = Logger.getLogger(AuthSetup.class);

    public final RequestAuthenticator authenticator;
    public final ToolAccessControl access;
    public final ProtectedResourceMetadata metadata;
    public final ToolAuthorizers authorizers;
    /** Verified-token cache hits and misses; null when authentication is off. */
    public final TokenCacheStatistics tokenCache;

    private AuthSetup(RequestAuthenticator authenticator, ToolAccessControl access,
            ProtectedResourceMetadata metadata, ToolAuthorizers authorizers, TokenCacheStatistics tokenCache) {
        this.authorizers = authorizers;
        this.tokenCache = tokenCache;
        this.authenticator = authenticator;
        this.access = access;
        this.metadata = metadata;
    }

    public static AuthSetup create(WardenRuntimeConfig config, WardenBuildTimeConfig buildConfig,
            ToolPolicies policies, ObjectMapper mapper,
            java.util.function.Supplier<IdentityProviderManager> identityProviders,
            EmbeddedAuthorizationServer embedded) {
        Optional<String> embeddedIssuer = embedded == null ? Optional.empty() : embedded.issuer();
        if (!config.auth().enabled()) {
            LOG.warn("*** MCP Warden authentication is OFF (quarkus.warden.auth.enabled=false): every tool can be "
                    + "called by anyone who can reach this server. Never run like this in production. ***");
            return new AuthSetup(null, ToolAccessControl.disabled(), null, ToolAuthorizers.none(), null);
        }
        String resource = config.resource().orElseThrow(() -> new ConfigurationException(
                "quarkus.warden.resource must be set to the public URL of the MCP endpoint "
                        + "(for instance https://mcp.example.com/mcp) when authentication is on; tokens are "
                        + "accepted only when their audience names it. For local development without an identity "
                        + "provider, set quarkus.warden.auth.enabled=false."));
        checkResource(resource);
        List<String> authorizationServers = config.auth().authorizationServers()
                .or(() -> embeddedIssuer.map(List::of))
                .or(() -> ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                        .map(List::of))
                .orElseThrow(() -> new ConfigurationException(
                        "Authentication is on but no authorization server is configured: set "
                                + "quarkus.oidc.auth-server-url (or quarkus.warden.auth.authorization-servers), turn on "
                                + "the built-in one (quarkus.warden.authorization-server.enabled=true), or "
                                + "set quarkus.warden.auth.enabled=false for local development."));
        List<String> declared = new ArrayList<>(new TreeSet<>(buildConfig.scopes().keySet()));
        Map<String, List<String>> implies = new LinkedHashMap<>();
        buildConfig.scopes().forEach((name, scope) -> implies.put(name, scope.implies().orElse(List.of())));
        BearerChallenges challenges = new BearerChallenges(ProtectedResourceMetadata.urlFor(resource),
                config.auth().challengeScopes().orElse(declared));
        ToolAccessControl access = new ToolAccessControl(policies.all(), challenges);
        TokenVerifier verifier = new TokenVerifier(identityProviders.get(), resource,
                new java.util.HashSet<>(config.auth().allowedAlgorithms()), new ScopeHierarchy(implies),
                config.auth().tokenCacheSize(), embeddedIssuer.isPresent() ? embedded : null);
        ProtectedResourceMetadata metadata = new ProtectedResourceMetadata(mapper, resource, authorizationServers,
                declared, config.auth().resourceName().orElse(null),
                config.auth().resourceDocumentation().orElse(null));
        ApiKeyVerifier apiKeys = ApiKeyVerifier.create(config.apiKeys(),
                LaunchMode.current() == LaunchMode.NORMAL, buildConfig.scopes().keySet(), new ScopeHierarchy(implies));
        return new AuthSetup(new RequestAuthenticator(verifier, apiKeys, challenges, access.hasPublicTools()), access,
                metadata, ToolAuthorizers.resolve(policies.all()), verifier.statistics());
    }

    /**
     * The pieces for a stdio server: no authenticator and no metadata (no token travels over stdio), and, when
     * authentication is on, the same access policies as over HTTP, enforced against the {@link #stdioCaller local
     * caller}.
     */
    public static AuthSetup forStdio(WardenRuntimeConfig config, ToolPolicies policies) {
        if (!config.auth().enabled()) {
            LOG.warn("*** MCP Warden authentication is OFF (quarkus.warden.auth.enabled=false): every tool can be "
                    + "called through this stdio server, whatever scopes it needs. ***");
            return new AuthSetup(null, ToolAccessControl.disabled(), null, ToolAuthorizers.none(), null);
        }
        // A stdio server never sends these challenges: refusals reach the client as JSON-RPC errors built from their
        // reason (see StdioServer), so the metadata URL and the basic scopes play no part.
        BearerChallenges unused = new BearerChallenges("urn:mcp-warden:stdio", List.of());
        return new AuthSetup(null, new ToolAccessControl(policies.all(), unused), null,
                ToolAuthorizers.resolve(policies.all()), null);
    }

    /**
     * The caller of every request of a stdio server: the local user, with the scopes of
     * {@code quarkus.warden.stdio.scopes}, which must be declared scopes.
     */
    public static LocalCaller stdioCaller(WardenRuntimeConfig config, WardenBuildTimeConfig buildConfig) {
        List<String> granted = config.stdio().scopes().orElse(List.of());
        List<String> undeclared = granted.stream().filter(scope -> !buildConfig.scopes().containsKey(scope)).toList();
        if (!undeclared.isEmpty()) {
            throw new ConfigurationException("quarkus.warden.stdio.scopes grants scopes that are not declared under "
                    + "quarkus.warden.scopes: " + String.join(", ", undeclared));
        }
        Map<String, List<String>> implies = new LinkedHashMap<>();
        buildConfig.scopes().forEach((name, scope) -> implies.put(name, scope.implies().orElse(List.of())));
        String subject = config.stdio().subject().orElseGet(() -> System.getProperty("user.name"));
        return new LocalCaller(subject, new java.util.HashSet<>(granted), new ScopeHierarchy(implies));
    }

    private static void checkResource(String resource) {
        URI uri;
        try {
            uri = URI.create(resource);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("quarkus.warden.resource is not a valid URI: " + resource);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getFragment() != null || uri.getRawQuery() != null
                || (uri.getRawPath() != null && uri.getRawPath().length() > 1 && uri.getRawPath().endsWith("/"))) {
            throw new ConfigurationException("quarkus.warden.resource must be an absolute http(s) URL without "
                    + "query, fragment or trailing slash: " + resource);
        }
    }
}
