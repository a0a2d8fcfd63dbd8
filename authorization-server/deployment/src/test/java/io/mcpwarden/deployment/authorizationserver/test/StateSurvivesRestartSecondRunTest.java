package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The second run, a fresh application on the database the first run left (see
 * {@link StateSurvivesRestartFirstRunTest}): nothing was lost. The signing key is the same (the access token issued
 * before the restart is still accepted), the refresh token still works, alice's consent is remembered, the client is
 * still listed by the admin API, and the code redeemed before the restart is still used up.
 */
class StateSurvivesRestartSecondRunTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = RestartApps.app();

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @Test
    void everythingTheFirstRunStoredIsStillThere() {
        String clientId = RestartApps.handedOff("client");

        assertThat(McpTestClient.as(RestartApps.handedOff("access")).initialize().listTools())
                .containsExactly("find_order");

        OAuthFlow.Reply refreshed = oauth.refresh(clientId, RestartApps.handedOff("refresh"));
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(refreshed.json().path("scope").asText()).isEqualTo("orders:read");
        assertThat(McpTestClient.as(refreshed.json().path("access_token").asText()).initialize()
                .callTool("find_order", Map.of("orderId", "R1")).assertSuccess().text()).isEqualTo("order R1");

        // The consent to orders:read is remembered: after the login the browser goes straight back to the client.
        OAuthFlow.Attempt again = oauth.authorize(clientId, "orders:read", Map.of());
        OAuthFlow.Reply afterLogin = oauth.login(again, again.page(), "alice", AuthorizationServerApps.PASSWORD);
        assertThat(afterLogin.status()).as(afterLogin.body()).isEqualTo(303);
        assertThat(afterLogin.redirectParams()).containsKey("code").containsEntry("state", again.state());

        String adminToken = oauth.exchange(clientId, oauth.authorizeAndConsent(clientId, "warden:admin",
                "warden:admin")).json().path("access_token").asText();
        OAuthFlow.Reply list = oauth.send(HttpRequest.newBuilder(URI.create(AuthorizationServerApps.ORIGIN
                + "/oauth/admin/clients")).header("Authorization", "Bearer " + adminToken).GET());
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        JsonNode listed = null;
        for (JsonNode client : list.json().path("clients")) {
            if (client.path("client_id").asText().equals(clientId)) {
                listed = client;
            }
        }
        assertThat(listed).as("the client registered before the restart, in %s", list.body()).isNotNull();
        assertThat(listed.path("client_name").asText()).isEqualTo("Test Agent");
        assertThat(listed.path("consents").toString()).contains("orders:read");

        // The code redeemed before the restart is still used up; presenting it again ends the grant it started.
        OAuthFlow.Reply replay = oauth.exchange(clientId, Map.of("code", RestartApps.handedOff("code"), "verifier",
                RestartApps.handedOff("verifier")));
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(oauth.refresh(clientId, refreshed.json().path("refresh_token").asText()).json().path("error")
                .asText()).isEqualTo("invalid_grant");
    }
}
