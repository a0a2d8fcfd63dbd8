package io.mcpwarden.runtime.authorizationserver;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.mcpwarden.authorizationserver.UserAuthenticator;
import io.mcpwarden.runtime.McpEndpoint;
import io.mcpwarden.runtime.auth.EmbeddedAuthorizationServer;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.cimd.ClientMetadataDocuments;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.clients.ClientStatusCache;
import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.mcpwarden.runtime.authorizationserver.consent.ScopeCatalog;
import io.mcpwarden.runtime.authorizationserver.http.AuthorizationServerRoutes;
import io.mcpwarden.runtime.authorizationserver.http.Endpoints;
import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorizations;
import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.ConsentStore;
import io.mcpwarden.runtime.authorizationserver.store.Database;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.store.StateDirectory;
import io.mcpwarden.runtime.authorizationserver.tokens.EmbeddedTokenIdentityProvider;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.quarkus.agroal.DataSource;
import io.quarkus.flyway.FlywayDataSource;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.core.Vertx;

/**
 * The built-in authorization server, assembled at startup when {@code quarkus.warden.authorization-server.enabled}:
 * migrates its database, loads (or creates) its signing keys, lets the resource server accept its tokens, and runs
 * the periodic upkeep (key rotation, expiry of codes, tokens and unused clients).
 */
@Singleton
public class AuthorizationServer implements EmbeddedAuthorizationServer {

    public static final String DATASOURCE = "warden";
    private static final Logger LOG = Logger.getLogger(AuthorizationServer.class);
    private static final long UPKEEP_PERIOD_MILLIS = 60_000;

    private final AuthorizationServerConfig config;
    private final Optional<String> issuer;
    private final WardenRuntimeConfig warden;
    private final WardenBuildTimeConfig buildConfig;
    private final ToolPolicies policies;
    private final ObjectMapper mapper;
    private final Instance<AgroalDataSource> dataSource;
    private final Instance<Flyway> flyway;
    private final Instance<UserAuthenticator> users;
    private final EmbeddedTokenIdentityProvider tokenVerifier;
    private final Event<AuthorizationServerEvent> events;
    private final Vertx vertx;
    private volatile AuthorizationServerRoutes routes;
    private volatile long upkeepTimer = -1;
    private volatile ClientMetadataDocuments metadataDocuments;
    private volatile ClientStatusCache clientStatuses;
    private volatile Runnable upkeepTask;
    private final Instance<McpEndpoint> mcpEndpoint;

    AuthorizationServer(AuthorizationServerConfig config, WardenRuntimeConfig warden, WardenBuildTimeConfig buildConfig,
            ToolPolicies policies, ObjectMapper mapper, @DataSource(DATASOURCE) Instance<AgroalDataSource> dataSource,
            @FlywayDataSource(DATASOURCE) Instance<Flyway> flyway, Instance<UserAuthenticator> users,
            EmbeddedTokenIdentityProvider tokenVerifier, Event<AuthorizationServerEvent> events, Vertx vertx,
            Instance<McpEndpoint> mcpEndpoint) {
        this.mcpEndpoint = mcpEndpoint;
        this.config = config;
        this.warden = warden;
        this.buildConfig = buildConfig;
        this.policies = policies;
        this.mapper = mapper;
        this.dataSource = dataSource;
        this.flyway = flyway;
        this.users = users;
        this.tokenVerifier = tokenVerifier;
        this.events = events;
        this.vertx = vertx;
        this.issuer = config.enabled() ? Optional.of(issuer(config, warden)) : Optional.empty();
    }

    @Override
    public Optional<String> issuer() {
        return issuer;
    }

    /**
     * False until the server has started, for clients disabled or deleted by an operator, and for tokens issued before
     * their client was last disabled.
     */
    @Override
    public CompletionStage<Boolean> acceptsToken(String clientId, Instant issuedAt) {
        ClientStatusCache statuses = clientStatuses;
        return statuses == null ? CompletableFuture.completedFuture(false)
                : statuses.acceptsToken(clientId, issuedAt);
    }

    /**
     * The endpoint handlers, or null when the authorization server is off.
     */
    public AuthorizationServerRoutes routes() {
        return routes;
    }

    /**
     * Prepares the database and keys and builds the endpoints; does nothing when the authorization server is off.
     */
    public synchronized void start() {
        if (issuer.isEmpty() || routes != null) {
            return;
        }
        String resource = warden.resource().orElseThrow(() -> new ConfigurationException(
                "The built-in authorization server issues tokens for quarkus.warden.resource: set it to the public "
                        + "URL of the MCP endpoint."));
        if (!warden.auth().enabled()) {
            LOG.warn("The built-in authorization server is on but quarkus.warden.auth.enabled=false: the MCP "
                    + "endpoint ignores the tokens it issues.");
        }
        StateDirectory.restrict(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource." + DATASOURCE + ".jdbc.url", String.class).orElse(null));
        flyway.get().migrate();
        Database db = new Database(dataSource.get());
        SigningKeys keys = new SigningKeys(db, config.signing().algorithm(), config.signing().rotationPeriod(),
                config.accessTokenLifetime());
        long now = System.currentTimeMillis() / 1000;
        keys.refresh(now);
        tokenVerifier.activate(issuer.get(), keys);
        ClientStore clients = new ClientStore(db);
        this.metadataDocuments = config.clientMetadataDocuments().enabled()
                ? new ClientMetadataDocuments(vertx, config.clientMetadataDocuments())
                : null;
        ClientStatusCache statuses = new ClientStatusCache(clients, vertx, config.admin().clientStatusCacheTime());
        ClientDirectory directory = new ClientDirectory(clients, metadataDocuments, statuses);
        this.clientStatuses = statuses;
        if (config.admin().enabled() && !warden.auth().enabled()) {
            LOG.warn("The admin API of the built-in authorization server is on but quarkus.warden.auth.enabled=false:"
                    + " it refuses every request, since it cannot verify their tokens.");
        }
        GrantStore grants = new GrantStore(db);
        PendingAuthorizations pending = new PendingAuthorizations(10_000);
        AddressRateLimits rateLimits = AddressRateLimits.of(config);
        String serverName = warden.server().title().or(() -> warden.server().name())
                .or(() -> ConfigProvider.getConfig().getOptionalValue("quarkus.application.name", String.class))
                .orElse("this MCP server");
        this.routes = new AuthorizationServerRoutes(config, new Endpoints(issuer.get(), resource), serverName,
                new ScopeCatalog(buildConfig, policies), clients, directory, grants, new ConsentStore(db), keys, users.get(),
                new AuthorizationServerAudit(mapper, warden.audit().log(), events), pending, rateLimits,
                () -> mcpEndpoint.isResolvable() ? mcpEndpoint.get().authenticator() : null);
        this.upkeepTask = () -> upkeep(keys, clients, grants, pending, rateLimits);
        this.upkeepTimer = vertx.setPeriodic(UPKEEP_PERIOD_MILLIS,
                id -> vertx.executeBlocking(() -> {
                    upkeepNow();
                    return null;
                }, false));
        LOG.infof("Built-in authorization server on, issuer %s", issuer.get());
    }

    /**
     * Runs the periodic upkeep at once (it also runs every minute): key rotation, expiry of codes, refresh tokens,
     * pending sign-ins and unused clients. Blocks; does nothing before the server has started.
     */
    public void upkeepNow() {
        Runnable task = upkeepTask;
        if (task != null) {
            task.run();
        }
    }

    private void upkeep(SigningKeys keys, ClientStore clients, GrantStore grants, PendingAuthorizations pending,
            AddressRateLimits rateLimits) {
        long now = System.currentTimeMillis() / 1000;
        try {
            keys.refresh(now);
            grants.purgeExpired(now);
            int expired = clients.deleteUnusedSince(now - config.registration().unusedClientExpiry().toSeconds());
            if (expired > 0) {
                clientStatuses.clear();
                LOG.infof("Deleted %d clients unused for %s", expired, config.registration().unusedClientExpiry());
            }
            pending.evictExpired(now);
            rateLimits.evictIdle();
        } catch (RuntimeException e) {
            LOG.error("Authorization server upkeep failed; it is retried in a minute", e);
        }
    }

    @PreDestroy
    void stop() {
        if (upkeepTimer >= 0) {
            vertx.cancelTimer(upkeepTimer);
        }
        if (metadataDocuments != null) {
            metadataDocuments.close();
        }
    }

    private static String issuer(AuthorizationServerConfig config, WardenRuntimeConfig warden) {
        String base = config.publicBaseUrl().orElseGet(() -> {
            String resource = warden.resource().orElseThrow(() -> new ConfigurationException(
                    "Set quarkus.warden.authorization-server.public-base-url (or quarkus.warden.resource) so that "
                            + "the built-in authorization server knows its issuer URL."));
            URI uri = URI.create(resource);
            return uri.getScheme() + "://" + uri.getRawAuthority();
        });
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("quarkus.warden.authorization-server.public-base-url is not a URL: "
                    + base);
        }
        if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null
                || (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !"/".equals(uri.getRawPath()))) {
            throw new ConfigurationException("quarkus.warden.authorization-server.public-base-url must be an http(s) "
                    + "URL with scheme, host and optional port only: " + base);
        }
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
