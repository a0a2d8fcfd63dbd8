package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.QuarkusUnitTest;

/**
 * The first of two runs on one database (see {@link StateSurvivesRestartSecondRunTest}): a client registers, alice
 * grants it {@code orders:read}, and the client redeems its code for tokens.
 */
class StateSurvivesRestartFirstRunTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = RestartApps.app();

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @Test
    void aClientRegistersAndIsGrantedTokens() {
        OAuthFlow.Reply registration = oauth.registerPublicClient("orders:read warden:admin");
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        String clientId = registration.json().path("client_id").asText();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        OAuthFlow.Reply tokens = oauth.exchange(clientId, redirect);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        JsonNode json = tokens.json();

        RestartApps.handOff("client", clientId);
        RestartApps.handOff("code", redirect.get("code"));
        RestartApps.handOff("verifier", redirect.get("verifier"));
        RestartApps.handOff("access", json.path("access_token").asText());
        RestartApps.handOff("refresh", json.path("refresh_token").asText());
    }
}
