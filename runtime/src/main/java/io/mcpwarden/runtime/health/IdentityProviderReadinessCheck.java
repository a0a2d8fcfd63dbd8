package io.mcpwarden.runtime.health;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.quarkus.oidc.runtime.TenantConfigBean;
import io.quarkus.oidc.runtime.TenantConfigContext;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness: MCP Warden can verify bearer tokens, that is the identity provider's metadata and signing keys are
 * loaded for the default OIDC tenant. While they are not (the provider was unreachable at startup), each check tries
 * to load them again, so the server becomes ready as soon as the provider answers, without waiting for a request
 * that a not-ready server would not receive. Up with {@code auth=off} when authentication is disabled.
 */
@Readiness
@ApplicationScoped
public class IdentityProviderReadinessCheck implements AsyncHealthCheck {

    static final String NAME = "MCP Warden identity provider";
    private static final Duration ATTEMPT_TIMEOUT = Duration.ofSeconds(5);

    @Inject
    WardenRuntimeConfig config;

    @Inject
    Instance<TenantConfigBean> tenants;

    @Override
    public Uni<HealthCheckResponse> call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        if (!config.auth().enabled()) {
            return Uni.createFrom().item(response.up().withData("auth", "off").build());
        }
        TenantConfigContext tenant = defaultTenant();
        if (tenant == null || !tenant.oidcConfig().tenantEnabled()) {
            // Tokens are verified by a tenant resolved per request (or by another mechanism): nothing to load here.
            return Uni.createFrom().item(response.up().withData("auth", "on").withData("default-tenant", "disabled")
                    .build());
        }
        if (tenant.ready()) {
            return Uni.createFrom().item(ready(response));
        }
        return tenant.initialize()
                .map(initialized -> initialized.ready() ? ready(response) : notReady(response))
                .ifNoItem().after(ATTEMPT_TIMEOUT).recoverWithItem(() -> notReady(response))
                .onFailure().recoverWithItem(() -> notReady(response));
    }

    private static HealthCheckResponse ready(HealthCheckResponseBuilder response) {
        return response.up().withData("auth", "on").withData("keys", "loaded").build();
    }

    private static HealthCheckResponse notReady(HealthCheckResponseBuilder response) {
        return response.down().withData("auth", "on").withData("keys", "not loaded: identity provider unreachable")
                .build();
    }

    private TenantConfigContext defaultTenant() {
        return tenants.isResolvable() ? tenants.get().getDefaultTenant() : null;
    }
}
