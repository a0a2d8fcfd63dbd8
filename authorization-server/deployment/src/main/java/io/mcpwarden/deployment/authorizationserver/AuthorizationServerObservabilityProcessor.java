package io.mcpwarden.deployment.authorizationserver;

import io.mcpwarden.runtime.authorizationserver.health.DatabaseReadinessCheck;
import io.mcpwarden.runtime.authorizationserver.metrics.AuthorizationServerMetrics;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.bootstrap.classloading.QuarkusClassLoader;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * The authorization server's meters and its database readiness check, each only when the application has the
 * extension that serves them (Micrometer, SmallRye Health), as for the MCP endpoint's.
 */
class AuthorizationServerObservabilityProcessor {

    @BuildStep
    void metrics(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (capabilities.isPresent(Capability.METRICS)
                && QuarkusClassLoader.isClassPresentAtRuntime("io.micrometer.core.instrument.MeterRegistry")) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(AuthorizationServerMetrics.class));
        }
    }

    @BuildStep
    void health(Capabilities capabilities, BuildProducer<AdditionalBeanBuildItem> beans) {
        if (capabilities.isPresent(Capability.SMALLRYE_HEALTH)) {
            beans.produce(AdditionalBeanBuildItem.unremovableOf(DatabaseReadinessCheck.class));
        }
    }
}
