package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Before the restart: registers a client and authorizes it; {@link AuthorizationServerRestartSecondRunTest} checks
 * after the restart that both survived.
 */
@QuarkusTest
@TestProfile(RestartProfiles.A1FirstRun.class)
class AuthorizationServerRestartFirstRunTest {

    @Test
    void registerAndAuthorizeBeforeTheRestart() throws IOException {
        BrowserlessOAuth oauth = new BrowserlessOAuth(EmbeddedAuthorizationServerProfile.ORIGIN);
        String clientId = oauth.registerPublicClient();
        JsonNode tokens = oauth.authorizeAndExchange(clientId);
        assertThat(tokens.path("refresh_token").asText()).isNotEmpty();

        Properties handoff = new Properties();
        handoff.setProperty("client_id", clientId);
        handoff.setProperty("refresh_token", tokens.path("refresh_token").asText());
        handoff.setProperty("kid", io.mcpwarden.demo.oauth.Jwts.kid(tokens.path("access_token").asText()));
        Files.createDirectories(RestartProfiles.HANDOFF.getParent());
        try (OutputStream out = Files.newOutputStream(RestartProfiles.HANDOFF)) {
            handoff.store(out, "written by AuthorizationServerRestartFirstRunTest");
        }
    }
}
