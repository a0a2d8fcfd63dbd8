package io.mcpwarden.deployment;

import io.mcpwarden.runtime.McpEndpoint;
import io.mcpwarden.runtime.WardenRecorder;
import io.mcpwarden.runtime.auth.CallerContext;
import io.mcpwarden.runtime.auth.ProtectedResourceMetadata;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * Registers the MCP endpoint: its beans, its route, and the transport defaults.
 */
class WardenProcessor {

    private static final String FEATURE = "mcp-warden";
    private static final int ROUTE_ORDER_BEFORE_AUTHENTICATION = -1 * SecurityHandlerPriorities.AUTHENTICATION - 10;

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    AdditionalBeanBuildItem endpointBeans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(McpEndpoint.class, CallerContext.class, io.mcpwarden.runtime.ResourceUpdatesBean.class,
                        io.mcpwarden.runtime.ToolRegistryBean.class, io.mcpwarden.runtime.UrlElicitationsBean.class)
                .setUnremovable().build();
    }

    /**
     * A local MCP server listens on loopback only unless the user says otherwise (transport security guidance).
     */
    @BuildStep
    RunTimeConfigurationDefaultBuildItem bindToLoopbackByDefault() {
        return new RunTimeConfigurationDefaultBuildItem("quarkus.http.host", "127.0.0.1");
    }

    /**
     * quarkus-oidc refetches the JWKS when a token names an unknown key, at most once per this interval. Its own
     * default (10 minutes) can leave tokens signed with a freshly rotated key refused for that long; 30 seconds still
     * stops a flood of unknown-kid tokens from hammering the identity provider.
     */
    @BuildStep
    RunTimeConfigurationDefaultBuildItem refetchKeysPromptlyAfterRotation() {
        return new RunTimeConfigurationDefaultBuildItem("quarkus.oidc.token.forced-jwk-refresh-interval", "30S");
    }

    /**
     * The endpoint route runs before Quarkus' HTTP authentication filters: the endpoint authenticates each request
     * itself, so that every refusal carries the MCP-specific challenge (RFC 9728 {@code resource_metadata}).
     */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    RouteBuildItem registerEndpointRoute(WardenRecorder recorder, WardenBuildTimeConfig config) {
        return RouteBuildItem.builder()
                .orderedRoute(config.path(), ROUTE_ORDER_BEFORE_AUTHENTICATION, recorder.endpointRoute())
                .handler(recorder.endpointHandler())
                .build();
    }

    /**
     * RFC 9728 metadata, at the root well-known URI and at the one with the endpoint path inserted.
     */
    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void registerMetadataRoutes(WardenRecorder recorder, WardenBuildTimeConfig config,
            BuildProducer<RouteBuildItem> routes) {
        var handler = recorder.metadataHandler();
        for (String path : new String[] { ProtectedResourceMetadata.WELL_KNOWN,
                ProtectedResourceMetadata.WELL_KNOWN + config.path() }) {
            routes.produce(RouteBuildItem.builder()
                    .orderedRoute(path, ROUTE_ORDER_BEFORE_AUTHENTICATION)
                    .handler(handler)
                    .build());
        }
    }
}
