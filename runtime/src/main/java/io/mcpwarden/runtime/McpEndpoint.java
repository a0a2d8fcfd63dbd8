package io.mcpwarden.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Executor;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.CompletionProvider;
import io.mcpwarden.TaskSupport;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AuthSetup;
import io.mcpwarden.runtime.auth.EmbeddedAuthorizationServer;
import io.mcpwarden.runtime.auth.ProtectedResourceMetadata;
import io.mcpwarden.runtime.auth.RequestAuthenticator;
import io.mcpwarden.runtime.auth.TokenCacheStatistics;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.completion.CompletionHandler;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.mcpwarden.runtime.input.InputRounds;
import io.mcpwarden.runtime.input.RequestStateSeal;
import io.mcpwarden.runtime.limits.CallerRateLimits;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.prompts.PromptGetHandler;
import io.mcpwarden.runtime.prompts.PromptListHandler;
import io.mcpwarden.runtime.prompts.PromptRequests;
import io.mcpwarden.runtime.protocol.McpDispatcher;
import io.mcpwarden.runtime.protocol.ServerIdentity;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceListHandler;
import io.mcpwarden.runtime.resources.ResourceReadHandler;
import io.mcpwarden.runtime.resources.ResourceSubscriptions;
import io.mcpwarden.runtime.session.SessionStore;
import io.mcpwarden.runtime.subscriptions.ListenStreams;
import io.mcpwarden.runtime.tasks.TaskRequests;
import io.mcpwarden.runtime.tasks.TaskStore;
import io.mcpwarden.runtime.tools.RuntimeTools;
import io.mcpwarden.runtime.tools.ToolCallHandler;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.mcpwarden.runtime.tools.ToolListHandler;
import io.mcpwarden.runtime.tools.ToolResultEncoder;
import io.mcpwarden.runtime.tools.ToolTimeouts;
import io.mcpwarden.runtime.tracing.McpTracing;
import io.mcpwarden.runtime.transport.CorsPolicy;
import io.mcpwarden.runtime.transport.OriginPolicy;
import io.mcpwarden.runtime.transport.StdioServer;
import io.mcpwarden.runtime.transport.StreamSettings;
import io.mcpwarden.runtime.transport.StreamableHttpHandler;
import io.quarkus.arc.All;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.virtual.threads.VirtualThreads;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Assembles the MCP server from configuration and the build-time tool and prompt catalogs, once, at startup.
 */
@Singleton
public class McpEndpoint {

    private static final long EVICTION_PERIOD_MILLIS = 60_000;
    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(McpEndpoint.class);

    private final Handler<RoutingContext> handler;
    private final StdioServer stdio;
    private final ProtectedResourceMetadata metadata;
    private final long maxBodySize;
    private final Vertx vertx;
    private final long evictionTimer;
    private final ResourceSubscriptions subscriptions;
    private final RuntimeTools runtimeTools;
    private final TokenCacheStatistics tokenCache;
    private final RequestAuthenticator authenticator;
    private final CorsPolicy cors;
    private final TaskStore tasks;
    private final ListenStreams listenStreams;
    private final SessionStore sessions;

    McpEndpoint(WardenRuntimeConfig config, WardenBuildTimeConfig buildConfig, ToolCatalog catalog,
            PromptCatalog promptCatalog, ResourceCatalog resources, ToolPolicies policies, ObjectMapper mapper,
            Vertx vertx,
            @VirtualThreads Executor virtualThreads,
            Instance<IdentityProviderManager> identityProviders, @All List<CompletionProvider> completionProviders,
            Instance<EmbeddedAuthorizationServer> embeddedAuthorizationServer, Instance<McpTracing> tracing) {
        this.vertx = vertx;
        boolean overStdio = config.transport() == WardenRuntimeConfig.Transport.STDIO;
        EmbeddedAuthorizationServer embedded = embeddedAuthorizationServer.isResolvable()
                ? embeddedAuthorizationServer.get()
                : null;
        AuthSetup auth = overStdio ? AuthSetup.forStdio(config, policies)
                : AuthSetup.create(config, buildConfig, policies, mapper, identityProviders::get, embedded);
        this.authenticator = auth.authenticator;
        this.metadata = auth.metadata;
        this.tokenCache = auth.tokenCache;
        this.sessions = new SessionStore(config.sessions().idleTimeout().toNanos(),
                config.clientRequests().timeout(), config.auth().enabled() ? config.sessions().maxPerIdentity() : 0,
                config.sessions().whenFull() == WardenRuntimeConfig.WhenSessionsFull.EVICT_OLDEST);
        List<String> allowedOrigins = config.http().allowedOrigins().orElse(List.of());
        this.cors = new CorsPolicy(corsEnabled(config), allowedOrigins.contains("*"),
                config.http().cors().maxAge().toSeconds());
        CallerRateLimits rateLimits = CallerRateLimits.of(config.rateLimit().perClient(),
                config.rateLimit().perSubject(), config.rateLimit().window(), config.rateLimit().maxTracked());
        InputRounds inputRounds = new InputRounds(RequestStateSeal.create(config.requestState().key().orElse(null),
                config.requestState().lifetime(), mapper), mapper);
        AuditLog audit = new AuditLog(mapper, config.audit().log());
        this.tasks = catalog.all().stream().anyMatch(tool -> tool.metadata().tasks() != TaskSupport.NONE)
                ? new TaskStore(config.tasks().ttl(), config.tasks().pollInterval(), config.tasks().maxPerIdentity(),
                        config.tasks().maxTotal())
                : null;
        ToolCallHandler toolCall = new ToolCallHandler(catalog, new ToolResultEncoder(mapper), vertx, virtualThreads,
                auth.authorizers, mapper,
                new ToolTimeouts(vertx, config.tools().timeout(), config.tools().timeouts()), inputRounds, tasks,
                audit);
        PromptRequests prompts = new PromptRequests(new PromptListHandler(promptCatalog, config.prompts().pageSize()),
                new PromptGetHandler(promptCatalog, vertx, virtualThreads, inputRounds),
                auth.access.withPolicies(promptCatalog.policies()));
        ResourceReadHandler resourceRead = new ResourceReadHandler(resources, auth.access, vertx, virtualThreads);
        this.subscriptions = new ResourceSubscriptions(resources, resourceRead, sessions);
        this.listenStreams = new ListenStreams(resources, resourceRead, tasks, config.streams().maxPerSession());
        subscriptions.alsoNotify(listenStreams::resourceUpdated);
        CompletionHandler completions = new CompletionHandler(completionProviders, promptCatalog, resources, prompts,
                resourceRead, vertx);
        McpDispatcher dispatcher = new McpDispatcher(identity(config.server()), sessions,
                new ToolListHandler(catalog, config.tools().pageSize()), toolCall, auth.access, audit, prompts,
                new ResourceListHandler(resources, config.tools().pageSize()), resourceRead, completions,
                subscriptions);
        this.runtimeTools = new RuntimeTools(catalog, auth.access, buildConfig.scopes().keySet(),
                config.auth().enabled(), sessions, mapper);
        runtimeTools.alsoNotify(listenStreams::toolsListChanged);
        if (overStdio) {
            this.stdio = new StdioServer(mapper, dispatcher, AuthSetup.stdioCaller(config, buildConfig), vertx);
            // Fails closed: the HTTP endpoint has no authenticator in this mode, so it must not serve anything even
            // when an application turns the HTTP server back on.
            this.handler = ctx -> ctx.response().setStatusCode(404).end();
        } else {
            this.stdio = null;
            OriginPolicy origins = new OriginPolicy(allowedOrigins);
            StreamSettings streams = new StreamSettings(config.streams().retry().toMillis(),
                    config.streams().replayEvents(),
                    config.streams().maxConnectionTime().map(d -> d.toMillis()).orElse(0L),
                    config.streams().maxPerSession(), config.streams().slowReaderTimeout().toMillis(), vertx);
            this.handler = new StreamableHttpHandler(mapper, origins, sessions, dispatcher, auth.authenticator, audit,
                    streams, cors, rateLimits, tracing.isResolvable() ? tracing.get() : McpTracing.NONE, catalog,
                    tasks == null ? null : new TaskRequests(tasks), listenStreams);
        }
        this.maxBodySize = config.http().maxBodySize().asLongValue();
        this.evictionTimer = vertx.setPeriodic(EVICTION_PERIOD_MILLIS, id -> {
            sessions.evictIdle();
            if (rateLimits != null) {
                rateLimits.evictIdle();
            }
            if (tasks != null) {
                tasks.evictExpired();
            }
        });
    }

    /**
     * Warden's CORS handling, unless it is turned off or Quarkus' own CORS filter is on: that filter runs before
     * every route and answers preflights itself, so both would send the headers twice.
     */
    private static boolean corsEnabled(WardenRuntimeConfig config) {
        if (!config.http().cors().enabled()) {
            return false;
        }
        boolean quarkusCors = ConfigProvider.getConfig().getOptionalValue("quarkus.http.cors.enabled", Boolean.class)
                .orElse(false);
        if (quarkusCors) {
            LOG.info("quarkus.http.cors.enabled is true: Quarkus' CORS filter handles the MCP endpoint and the "
                    + "protected-resource metadata. Allow the request headers Authorization, Content-Type, "
                    + "Mcp-Session-Id, MCP-Protocol-Version, Last-Event-ID, Mcp-Method and Mcp-Name, and expose "
                    + "WWW-Authenticate, Mcp-Session-Id, MCP-Protocol-Version and Retry-After.");
        }
        return !quarkusCors;
    }

    /**
     * CORS of the MCP endpoint and of the public metadata documents.
     */
    public CorsPolicy cors() {
        return cors;
    }

    public Handler<RoutingContext> handler() {
        return handler;
    }

    /**
     * With the stdio transport, serves the process's standard input and output once the application has started, and
     * stops the application when standard input ends. Anything the application prints with {@code System.out} goes
     * to standard error from then on, so that standard output carries protocol messages only.
     */
    void startStdio(@Observes StartupEvent event) {
        if (stdio == null) {
            return;
        }
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        System.setOut(System.err);
        stdio.start(System.in, protocolOut, () -> Quarkus.asyncExit(0));
    }

    /**
     * The protected-resource metadata handler, or null when authentication is off.
     */
    public ProtectedResourceMetadata metadata() {
        return metadata;
    }

    /**
     * The sessions of the session eras.
     */
    public SessionStore sessions() {
        return sessions;
    }

    /**
     * Sends resource update notifications to subscribed sessions.
     */
    public ResourceSubscriptions subscriptions() {
        return subscriptions;
    }

    /**
     * Adds and removes tools at run time.
     */
    public RuntimeTools runtimeTools() {
        return runtimeTools;
    }

    /**
     * Verified-token cache hits and misses, or null when authentication is off.
     */
    public TokenCacheStatistics tokenCacheStatistics() {
        return tokenCache;
    }

    /**
     * The bearer-token authenticator of the MCP endpoint, for other endpoints of this server that accept the same
     * tokens (the built-in authorization server's admin API); null when authentication is off or over stdio.
     */
    public RequestAuthenticator authenticator() {
        return authenticator;
    }

    public long maxBodySize() {
        return maxBodySize;
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(evictionTimer);
        listenStreams.close();
    }

    private static ServerIdentity identity(WardenRuntimeConfig.Server server) {
        var config = ConfigProvider.getConfig();
        String name = server.name()
                .or(() -> config.getOptionalValue("quarkus.application.name", String.class))
                .orElse("mcp-warden");
        String version = server.version()
                .or(() -> config.getOptionalValue("quarkus.application.version", String.class))
                .orElse("0.0.0");
        return new ServerIdentity(name, version, server.title().orElse(null), server.instructions().orElse(null),
                server.websiteUrl().orElse(null), server.icons().orElse(List.of()));
    }
}
