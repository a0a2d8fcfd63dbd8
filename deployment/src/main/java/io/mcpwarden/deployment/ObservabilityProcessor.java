package io.mcpwarden.deployment;

import io.mcpwarden.runtime.health.IdentityProviderReadinessCheck;
import io.mcpwarden.runtime.metrics.WardenMetrics;
import io.mcpwarden.runtime.tracing.OpenTelemetryTracing;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Metrics, health and tracing, each only when the application has the extension that serves them (Micrometer,
 * SmallRye Health, OpenTelemetry): MCP Warden never brings them in itself.
 */
class ObservabilityProcessor {

    @BuildStep
    void metrics(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        // Micrometer declares the generic metrics capability; make sure it is Micrometer that provides it.
        if (capabilities.isPresent(Capability.METRICS)
                && QuarkusClassLoader.isClassPresentAtRuntime("io.micrometer.core.instrument.MeterRegistry")) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(WardenMetrics.class));
        }
    }

    @BuildStep
    void health(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(IdentityProviderReadinessCheck.class));
        }
    }

    @BuildStep
    void tracing(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        // Without it, the MCP endpoint uses McpTracing.NONE: no span, no OpenTelemetry class loaded.
        if (capabilities.isPresent(Capability.OPENTELEMETRY_TRACER)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(OpenTelemetryTracing.class));
        }
    }
}
