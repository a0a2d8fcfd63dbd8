package io.mcpwarden.it.observability.as;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The authorization server's meters, read from the real Prometheus scrape after real OAuth flows over HTTP. Each
 * assertion is on the change across the test, so tests do not depend on each other.
 */
@QuarkusTest
@QuarkusTestResource(AuthorizationServerTestApp.class)
class AuthorizationServerMetricsTest {

    private static final String CODES = "mcp_warden_as_authorization_codes_total";
    private static final String BY_CODE = "mcp_warden_as_tokens_issued_total{grant_type=\"authorization_code\"}";
    private static final String BY_REFRESH = "mcp_warden_as_tokens_issued_total{grant_type=\"refresh_token\"}";
    private static final String INVALID_GRANT = "mcp_warden_as_token_refusals_total{error=\"invalid_grant\"}";
    private static final String REFRESH_REPLAYS = "mcp_warden_as_replays_total{credential=\"refresh_token\"}";
    private static final String REVOKED_BY_REPLAY = "mcp_warden_as_grants_revoked_total{cause=\"replay\"}";
    private static final String REVOKED_BY_CLIENT = "mcp_warden_as_grants_revoked_total{cause=\"client\"}";
    private static final String ACCEPTED = "mcp_warden_as_registrations_total{error=\"-\",result=\"accepted\"}";
    private static final String REJECTED = "mcp_warden_as_registrations_total{error=\"invalid_redirect_uri\","
            + "result=\"rejected\"}";
    private static final String GRANTED_BY_USER = "mcp_warden_as_consents_total{decision=\"granted\",source=\"user\"}";
    private static final String GRANTED_REMEMBERED = "mcp_warden_as_consents_total{decision=\"granted\","
            + "source=\"remembered\"}";
    private static final String DENIED_BY_USER = "mcp_warden_as_consents_total{decision=\"denied\",source=\"user\"}";
    private static final String LOGINS_FAILED = "mcp_warden_as_logins_total{result=\"failed\"}";
    private static final String LOGINS_SUCCEEDED = "mcp_warden_as_logins_total{result=\"succeeded\"}";

    private final OAuthClient oauth = new OAuthClient();

    @Test
    void countsCodesTokensRefreshesAndARefreshTokenReplayOnce() {
        Metrics before = Metrics.scrape();
        String clientId = oauth.registerClient();
        OAuthClient.Attempt attempt = oauth.authorize(clientId);
        OAuthClient.Reply wrongPassword = oauth.login(attempt, attempt.page(), "wrong");
        assertThat(wrongPassword.status()).isEqualTo(401);
        OAuthClient.Reply consentPage = oauth.login(attempt, wrongPassword, AuthorizationServerTestApp.PASSWORD);
        assertThat(consentPage.status()).as(consentPage.body()).isEqualTo(200);
        OAuthClient.Reply redirect = oauth.consent(attempt, consentPage, "allow");
        assertThat(redirect.status()).isEqualTo(303);
        OAuthClient.Reply tokens = oauth.exchange(clientId, attempt, redirect.redirectParams());
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        JsonNode issued = tokens.json();
        McpTestClient.as(issued.path("access_token").asText()).initialize()
                .callTool("find_order", Map.of("orderId", "ORD-1")).assertSuccess();
        String firstRefreshToken = issued.path("refresh_token").asText();
        OAuthClient.Reply refreshed = oauth.refresh(clientId, firstRefreshToken);
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        OAuthClient.Reply replayed = oauth.refresh(clientId, firstRefreshToken);
        assertThat(replayed.status()).isEqualTo(400);
        assertThat(replayed.json().path("error").asText()).isEqualTo("invalid_grant");

        Metrics after = Metrics.scrape();
        assertThat(after.value(ACCEPTED) - before.value(ACCEPTED)).isEqualTo(1.0);
        assertThat(after.value(LOGINS_FAILED) - before.value(LOGINS_FAILED)).isEqualTo(1.0);
        assertThat(after.value(LOGINS_SUCCEEDED) - before.value(LOGINS_SUCCEEDED)).isEqualTo(1.0);
        assertThat(after.value(GRANTED_BY_USER) - before.value(GRANTED_BY_USER)).isEqualTo(1.0);
        assertThat(after.value(CODES) - before.value(CODES)).isEqualTo(1.0);
        assertThat(after.value(BY_CODE) - before.value(BY_CODE)).isEqualTo(1.0);
        assertThat(after.value(BY_REFRESH) - before.value(BY_REFRESH)).isEqualTo(1.0);
        assertThat(after.value(REFRESH_REPLAYS) - before.value(REFRESH_REPLAYS)).isEqualTo(1.0);
        assertThat(after.value(REVOKED_BY_REPLAY) - before.value(REVOKED_BY_REPLAY)).isEqualTo(1.0);
        assertThat(after.value(INVALID_GRANT) - before.value(INVALID_GRANT)).isEqualTo(1.0);
        assertThat(after.contains(clientId)).as("a client id is never a label").isFalse();
        assertThat(after.contains("alice")).as("a subject is never a label").isFalse();
    }

    @Test
    void countsRememberedAndRefusedConsentsRevocationsAndRejectedRegistrations() {
        Metrics before = Metrics.scrape();
        String clientId = oauth.registerClient();
        grantOnce(clientId);
        OAuthClient.Attempt again = oauth.authorize(clientId);
        OAuthClient.Reply remembered = oauth.login(again, again.page(), AuthorizationServerTestApp.PASSWORD);
        assertThat(remembered.status()).as("the remembered consent skips the page").isEqualTo(303);
        OAuthClient.Reply tokens = oauth.exchange(clientId, again, remembered.redirectParams());
        assertThat(oauth.revoke(clientId, tokens.json().path("refresh_token").asText()).status()).isEqualTo(200);

        String otherClient = oauth.registerClient();
        OAuthClient.Attempt refused = oauth.authorize(otherClient);
        OAuthClient.Reply consentPage = oauth.login(refused, refused.page(), AuthorizationServerTestApp.PASSWORD);
        OAuthClient.Reply denied = oauth.consent(refused, consentPage, "deny");
        assertThat(denied.redirectParams()).containsEntry("error", "access_denied");
        assertThat(oauth.register("ftp://files.example.com/callback").status()).isEqualTo(400);

        Metrics after = Metrics.scrape();
        assertThat(after.value(ACCEPTED) - before.value(ACCEPTED)).isEqualTo(2.0);
        assertThat(after.value(REJECTED) - before.value(REJECTED)).isEqualTo(1.0);
        assertThat(after.value(GRANTED_BY_USER) - before.value(GRANTED_BY_USER)).isEqualTo(1.0);
        assertThat(after.value(GRANTED_REMEMBERED) - before.value(GRANTED_REMEMBERED)).isEqualTo(1.0);
        assertThat(after.value(DENIED_BY_USER) - before.value(DENIED_BY_USER)).isEqualTo(1.0);
        assertThat(after.value(CODES) - before.value(CODES)).isEqualTo(2.0);
        assertThat(after.value(BY_CODE) - before.value(BY_CODE)).isEqualTo(2.0);
        assertThat(after.value(REVOKED_BY_CLIENT) - before.value(REVOKED_BY_CLIENT)).isEqualTo(1.0);
        assertThat(after.value(REFRESH_REPLAYS) - before.value(REFRESH_REPLAYS)).isZero();
    }

    /** Logs in, consents and exchanges the code, once. */
    private void grantOnce(String clientId) {
        OAuthClient.Attempt attempt = oauth.authorize(clientId);
        OAuthClient.Reply consentPage = oauth.login(attempt, attempt.page(), AuthorizationServerTestApp.PASSWORD);
        OAuthClient.Reply redirect = oauth.consent(attempt, consentPage, "allow");
        assertThat(oauth.exchange(clientId, attempt, redirect.redirectParams()).status()).isEqualTo(200);
    }
}
