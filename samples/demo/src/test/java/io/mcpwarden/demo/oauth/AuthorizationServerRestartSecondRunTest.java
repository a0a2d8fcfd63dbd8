package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * After the restart (a new application on the database of {@link AuthorizationServerRestartFirstRunTest}): the
 * refresh token still works, the client is still known, the signing key is the same, and the refreshed token is
 * accepted by the MCP endpoint.
 */
@QuarkusTest
@TestProfile(RestartProfiles.A2SecondRun.class)
class AuthorizationServerRestartSecondRunTest {

    @Test
    void refreshAndClientSurviveTheRestart() throws IOException {
        assertThat(RestartProfiles.HANDOFF).as("written by the first run, which must run before this class")
                .exists();
        Properties handoff = new Properties();
        try (InputStream in = Files.newInputStream(RestartProfiles.HANDOFF)) {
            handoff.load(in);
        }
        BrowserlessOAuth oauth = new BrowserlessOAuth(EmbeddedAuthorizationServerProfile.ORIGIN);
        String clientId = handoff.getProperty("client_id");

        HttpResponse<String> refreshed = oauth.refresh(clientId, handoff.getProperty("refresh_token"));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode tokens = oauth.json(refreshed);
        String accessToken = tokens.path("access_token").asText();
        assertThat(Jwts.kid(accessToken)).isEqualTo(handoff.getProperty("kid"));
        assertThat(McpTestClient.as(accessToken).initialize()
                .callTool("find_order", Map.of("orderId", "ORD-1002")).assertSuccess().structuredContent())
                .containsEntry("customer", "Grace Hopper");

        HttpResponse<String> loginPage = oauth.authorize(clientId,
                BrowserlessOAuth.challenge(BrowserlessOAuth.verifier()));
        assertThat(loginPage.statusCode()).as("the client is still registered: %s", loginPage.body()).isEqualTo(200);
        assertThat(loginPage.body()).contains("<strong>Restart check</strong> wants to use");
    }
}
