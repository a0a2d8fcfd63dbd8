package io.mcpwarden.runtime;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AuthSetup;
import io.mcpwarden.runtime.auth.EmbeddedAuthorizationServer;
import io.mcpwarden.runtime.auth.ProtectedResourceMetadata;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.prompts.PromptGetHandler;
import io.mcpwarden.runtime.prompts.PromptListHandler;
import io.mcpwarden.runtime.prompts.PromptRequests;
import io.mcpwarden.runtime.protocol.McpDispatcher;
import io.mcpwarden.runtime.protocol.ServerIdentity;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceListHandler;
import io.mcpwarden.runtime.resources.ResourceReadHandler;
import io.mcpwarden.runtime.session.SessionStore;
import io.mcpwarden.runtime.tools.ToolCallHandler;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.mcpwarden.runtime.tools.ToolListHandler;
import io.mcpwarden.runtime.tools.ToolResultEncoder;
import io.mcpwarden.runtime.transport.OriginPolicy;
import io.mcpwarden.runtime.transport.StreamableHttpHandler;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.virtual.threads.VirtualThreads;
import io.vertx.core.Vertx;

/**
 * Assembles the MCP server from configuration and the build-time tool and prompt catalogs, once, at startup.
 */
@Singleton
public class McpEndpoint {

    private static final long EVICTION_PERIOD_MILLIS = 60_000;

    private final StreamableHttpHandler handler;
    private final ProtectedResourceMetadata metadata;
    private final long maxBodySize;
    private final Vertx vertx;
    private final long evictionTimer;

    McpEndpoint(WardenRuntimeConfig config, WardenBuildTimeConfig buildConfig, ToolCatalog catalog,
            PromptCatalog promptCatalog, ResourceCatalog resources, ToolPolicies policies, ObjectMapper mapper,
            Vertx vertx,
            @VirtualThreads Executor virtualThreads,
            Instance<IdentityProviderManager> identityProviders,
            Instance<EmbeddedAuthorizationServer> embeddedAuthorizationServer) {
        this.vertx = vertx;
        Optional<String> embeddedIssuer = embeddedAuthorizationServer.isResolvable()
                ? embeddedAuthorizationServer.get().issuer()
                : Optional.empty();
        AuthSetup auth = AuthSetup.create(config, buildConfig, policies, mapper, identityProviders::get,
                embeddedIssuer);
        this.metadata = auth.metadata;
        SessionStore sessions = new SessionStore(config.sessions().idleTimeout().toNanos());
        ToolCallHandler toolCall = new ToolCallHandler(catalog, new ToolResultEncoder(mapper), vertx, virtualThreads,
                auth.authorizers);
        AuditLog audit = new AuditLog(mapper, config.audit().log());
        PromptRequests prompts = new PromptRequests(new PromptListHandler(promptCatalog, config.prompts().pageSize()),
                new PromptGetHandler(promptCatalog, vertx, virtualThreads),
                auth.access.withPolicies(promptCatalog.policies()));
        McpDispatcher dispatcher = new McpDispatcher(identity(config.server()), sessions,
                new ToolListHandler(catalog, config.tools().pageSize()), toolCall, auth.access, audit, prompts,
                new ResourceListHandler(resources, config.tools().pageSize()),
                new ResourceReadHandler(resources, auth.access, vertx, virtualThreads));
        OriginPolicy origins = new OriginPolicy(config.http().allowedOrigins().orElse(List.of()));
        this.handler = new StreamableHttpHandler(mapper, origins, sessions, dispatcher, auth.authenticator, audit);
        this.maxBodySize = config.http().maxBodySize().asLongValue();
        this.evictionTimer = vertx.setPeriodic(EVICTION_PERIOD_MILLIS, id -> sessions.evictIdle());
    }

    public StreamableHttpHandler handler() {
        return handler;
    }

    /**
     * The protected-resource metadata handler, or null when authentication is off.
     */
    public ProtectedResourceMetadata metadata() {
        return metadata;
    }

    public long maxBodySize() {
        return maxBodySize;
    }

    @PreDestroy
    void stop() {
        vertx.cancelTimer(evictionTimer);
    }

    private static ServerIdentity identity(WardenRuntimeConfig.Server server) {
        var config = ConfigProvider.getConfig();
        String name = server.name()
                .or(() -> config.getOptionalValue("quarkus.application.name", String.class))
                .orElse("mcp-warden");
        String version = server.version()
                .or(() -> config.getOptionalValue("quarkus.application.version", String.class))
                .orElse("0.0.0");
        return new ServerIdentity(name, version, server.title().orElse(null), server.instructions().orElse(null));
    }
}
