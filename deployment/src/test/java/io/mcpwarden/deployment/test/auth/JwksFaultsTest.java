package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * The identity provider's JWKS endpoint misbehaves: with garbage, tokens signed by keys already known keep working and
 * tokens signed by a key the server has not seen are refused (fail closed) until the endpoint recovers; when it is
 * slow, only the request that needs new keys waits for it, and requests with known keys are served meanwhile.
 */
class JwksFaultsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.securedOrderDesk();

    private static Response initialize(String token) {
        return AuthHttp.post(token).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH);
    }

    @Test
    void garbageKeepsKnownKeysWorkingAndRefusesUnknownKeysUntilTheEndpointRecovers() {
        TestIdentityServer idp = TestIdentityServer.get();
        String knownKid = idp.currentKid();
        assertThat(initialize(idp.token().scopes("orders:read").sign()).statusCode()).isEqualTo(200);

        String newKid = "key-garbage-" + System.nanoTime();
        idp.setJwksGarbage(true);
        try {
            idp.addKey(newKid);
            assertThat(initialize(idp.token().kid(knownKid).scopes("orders:read").sign()).statusCode())
                    .as("a known key while the JWKS endpoint answers garbage").isEqualTo(200);

            Response refused = initialize(idp.token().kid(newKid).scopes("orders:read").sign());
            assertThat(refused.statusCode()).as("a key only the broken JWKS would name").isEqualTo(401);
            assertThat(refused.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
            assertThat(refused.body().asString()).doesNotContainIgnoringCase("exception")
                    .doesNotContainIgnoringCase("html").doesNotContain("kty");
        } finally {
            idp.setJwksGarbage(false);
        }

        assertThat(initialize(idp.token().kid(newKid).scopes("orders:read").sign()).statusCode())
                .as("the new key once the JWKS endpoint recovered").isEqualTo(200);
    }

    @Test
    void aSlowJwksEndpointHoldsUpOnlyTheRequestThatNeedsNewKeys() throws Exception {
        TestIdentityServer idp = TestIdentityServer.get();
        String knownKid = idp.currentKid();
        assertThat(initialize(idp.token().scopes("orders:read").sign()).statusCode()).isEqualTo(200);

        idp.setJwksDelay(Duration.ofSeconds(5));
        try {
            String newKid = "key-slow-" + System.nanoTime();
            idp.addKey(newKid);
            int fetchesBefore = idp.jwksFetches();
            String newKeyToken = idp.token().kid(newKid).scopes("orders:read").sign();
            CompletableFuture<Integer> waiting = CompletableFuture
                    .supplyAsync(() -> initialize(newKeyToken).statusCode());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (idp.jwksFetches() == fetchesBefore && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(idp.jwksFetches()).as("the server asked for the keys").isGreaterThan(fetchesBefore);

            assertThat(initialize(idp.token().kid(knownKid).scopes("orders:read").sign()).statusCode())
                    .as("a known key while another request waits for the JWKS").isEqualTo(200);
            assertThat(waiting).as("the request that needs the new key is still waiting for it").isNotDone();

            assertThat(waiting.get(60, TimeUnit.SECONDS)).as("the new key once the slow JWKS arrived").isEqualTo(200);
        } finally {
            idp.setJwksDelay(Duration.ZERO);
        }
    }
}
