package io.mcpwarden.deployment.test.auth;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;

class JwksRotationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.securedOrderDesk();

    private static int initialize(String token) {
        return AuthHttp.post(token).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).statusCode();
    }

    @Test
    void rotatedKeyIsPickedUpAndKnownKeysSurviveAnOutage() {
        TestIdentityServer idp = TestIdentityServer.get();
        String oldKid = idp.currentKid();
        org.assertj.core.api.Assertions.assertThat(initialize(idp.token().scopes("orders:read").sign())).isEqualTo(200);

        String newKid = "key-" + System.nanoTime();
        idp.addKey(newKid);
        org.assertj.core.api.Assertions.assertThat(initialize(idp.token().scopes("orders:read").sign()))
                .as("token signed with the new key").isEqualTo(200);

        idp.setJwksAvailable(false);
        try {
            org.assertj.core.api.Assertions.assertThat(initialize(idp.token().kid(oldKid).scopes("orders:read").sign()))
                    .as("known key while the JWKS endpoint is down").isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(initialize(idp.token().kid(newKid).scopes("orders:write").sign()))
                    .as("another token with a known key while the JWKS endpoint is down").isEqualTo(200);
            idp.addKey("key-unpublished-" + System.nanoTime());
            org.assertj.core.api.Assertions.assertThat(initialize(idp.token().scopes("orders:read").sign()))
                    .as("unknown key while the JWKS endpoint is down").isEqualTo(401);
        } finally {
            idp.setJwksAvailable(true);
        }
    }
}
