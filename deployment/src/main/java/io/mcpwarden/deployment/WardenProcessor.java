package io.mcpwarden.deployment;

import io.mcpwarden.runtime.McpEndpoint;
import io.mcpwarden.runtime.WardenRecorder;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.RunTimeConfigurationDefaultBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;

/**
 * Registers the MCP endpoint: its beans, its route, and the transport defaults.
 */
class WardenProcessor {

    private static final String FEATURE = "mcp-warden";

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    AdditionalBeanBuildItem endpointBeans() {
        return AdditionalBeanBuildItem.unremovableOf(McpEndpoint.class);
    }

    /**
     * A local MCP server listens on loopback only unless the user says otherwise (transport security guidance).
     */
    @BuildStep
    RunTimeConfigurationDefaultBuildItem bindToLoopbackByDefault() {
        return new RunTimeConfigurationDefaultBuildItem("quarkus.http.host", "127.0.0.1");
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    RouteBuildItem registerEndpointRoute(WardenRecorder recorder, WardenBuildTimeConfig config) {
        return RouteBuildItem.builder()
                .routeFunction(config.path(), recorder.endpointRoute())
                .handler(recorder.endpointHandler())
                .build();
    }
}
