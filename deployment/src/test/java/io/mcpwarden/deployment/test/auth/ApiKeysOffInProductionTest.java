package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mcpwarden.runtime.auth.ApiKeyVerifier;
import io.mcpwarden.runtime.auth.ScopeHierarchy;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;

/**
 * Whether configured API keys are accepted: on by default in dev and test mode, off in production unless enabled
 * explicitly, and off whenever disabled explicitly. (Off means an {@code mcpk_} token is just an invalid token.)
 */
class ApiKeysOffInProductionTest {

    private static final Set<String> DECLARED = Set.of("orders:read");

    @Test
    void productionRefusesKeysUnlessEnabledExplicitly() {
        assertThat(ApiKeyVerifier.create(config(Optional.empty()), true, DECLARED, ScopeHierarchy.none())).isNull();
        assertThat(ApiKeyVerifier.create(config(Optional.of(true)), true, DECLARED, ScopeHierarchy.none()))
                .isNotNull();
    }

    @Test
    void devAndTestAcceptKeysUnlessDisabledExplicitly() {
        assertThat(ApiKeyVerifier.create(config(Optional.empty()), false, DECLARED, ScopeHierarchy.none()))
                .isNotNull();
        assertThat(ApiKeyVerifier.create(config(Optional.of(false)), false, DECLARED, ScopeHierarchy.none()))
                .isNull();
    }

    private static WardenRuntimeConfig.ApiKeys config(Optional<Boolean> enabled) {
        WardenRuntimeConfig.ApiKey key = new WardenRuntimeConfig.ApiKey() {
            @Override
            public String hash() {
                return ApiKeys.hash(ApiKeys.REPORTING);
            }

            @Override
            public String owner() {
                return "reporting-service";
            }

            @Override
            public List<String> scopes() {
                return List.of("orders:read");
            }

            @Override
            public Instant expiresAt() {
                return Instant.parse("2099-01-01T00:00:00Z");
            }
        };
        return new WardenRuntimeConfig.ApiKeys() {
            @Override
            public Optional<Boolean> enabled() {
                return enabled;
            }

            @Override
            public Map<String, WardenRuntimeConfig.ApiKey> key() {
                return Map.of("reporting", key);
            }
        };
    }
}
