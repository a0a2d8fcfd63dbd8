package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.runtime.authorizationserver.AuthorizationServer;
import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A client unused for {@code registration.unused-client-expiry} is deleted by the upkeep with its grants, and its
 * tokens stop working; a client used meanwhile stays.
 */
class UnusedClientExpiryTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("expiry")
            .overrideConfigKey("quarkus.warden.authorization-server.registration.unused-client-expiry", "3S");

    @Inject
    AuthorizationServer server;

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private String registerClient() {
        OAuthFlow.Reply registration = oauth.registerPublicClient("orders:read");
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        return registration.json().path("client_id").asText();
    }

    @Test
    void anUnusedClientIsDeletedAndAUsedOneStays() throws InterruptedException {
        String idle = registerClient();
        JsonNode idleTokens = oauth.exchange(idle, oauth.authorizeAndConsent(idle, "orders:read", "orders:read"))
                .json();
        String idleAccessToken = idleTokens.path("access_token").asText();
        assertThat(McpTestClient.as(idleAccessToken).initialize().listTools()).containsExactly("find_order");
        String busy = registerClient();

        Thread.sleep(2_000);
        // Used within the expiry time: its last use moves on.
        assertThat(oauth.authorize(busy, "orders:read", Map.of()).page().status()).isEqualTo(200);
        Thread.sleep(2_000);
        server.upkeepNow();

        OAuthFlow.Reply gone = oauth.authorize(idle, "orders:read", Map.of()).page();
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.body()).contains("The client is not registered with this server (unknown client_id).");
        OAuthFlow.Reply refresh = oauth.refresh(idle, idleTokens.path("refresh_token").asText());
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_client");
        assertThat(McpTestClient.as(idleAccessToken).attemptInitialize().status()).isEqualTo(401);

        assertThat(oauth.authorize(busy, "orders:read", Map.of()).page().status()).isEqualTo(200);
    }
}
