package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * A key that could not be enforced as written stops the server at startup, naming every problem.
 */
class ApiKeyConfigurationErrorsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(OrderTools.class)
            .overrideConfigKey("quarkus.warden.api-keys.key.plain.hash", "mcpk_the-key-itself-instead-of-its-hash")
            .overrideConfigKey("quarkus.warden.api-keys.key.plain.owner", "someone")
            .overrideConfigKey("quarkus.warden.api-keys.key.plain.scopes", "orders:read")
            .overrideConfigKey("quarkus.warden.api-keys.key.plain.expires-at", "2099-01-01T00:00:00Z")
            .overrideConfigKey("quarkus.warden.api-keys.key.typo.hash",
                    "sha256:0000000000000000000000000000000000000000000000000000000000000000")
            .overrideConfigKey("quarkus.warden.api-keys.key.typo.owner", "someone-else")
            .overrideConfigKey("quarkus.warden.api-keys.key.typo.scopes", "orders:raed")
            .overrideConfigKey("quarkus.warden.api-keys.key.typo.expires-at", "2099-01-01T00:00:00Z")
            .assertException(failure -> {
                Throwable cause = failure;
                while (cause != null && (cause.getMessage() == null
                        || !cause.getMessage().contains("Invalid API key configuration"))) {
                    cause = cause.getCause();
                }
                assertThat(cause).isNotNull();
                assertThat(cause.getMessage())
                        .contains("quarkus.warden.api-keys.key.\"plain\".hash must be 'sha256:' followed by 64 hex "
                                + "digits (the SHA-256 of the key)")
                        .contains("quarkus.warden.api-keys.key.\"typo\".scopes names 'orders:raed', which is not "
                                + "declared under quarkus.warden.scopes")
                        .doesNotContain("mcpk_the-key-itself");
            });

    @Test
    void startupFails() {
        // the assertions run in assertException
    }
}
