package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The whole authorization code flow over real HTTP: registration, login, a partial consent, the token exchange, a
 * tool call with the issued token, the insufficient-scope challenge, step-up to more scopes, refresh rotation with
 * reuse detection, remembered consent and revocation.
 */
class AuthorizationCodeFlowTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("code-flow");

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private String registerClient() {
        OAuthFlow.Reply registration = oauth.registerPublicClient("orders:read orders:write");
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        return registration.json().path("client_id").asText();
    }

    @Test
    void userGrantsPartOfTheScopesAndTheTokenCallsOnlyWhatTheyUnlock() {
        String clientId = registerClient();
        OAuthFlow.Attempt attempt = oauth.authorize(clientId, "orders:read orders:write", Map.of());

        OAuthFlow.Reply loginPage = attempt.page();
        assertThat(loginPage.status()).isEqualTo(200);
        assertThat(loginPage.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(loginPage.header("Content-Security-Policy")).contains("frame-ancestors 'none'");
        assertThat(loginPage.header("Cache-Control")).isEqualTo("no-store");
        assertThat(loginPage.body()).contains("<strong>Test Agent</strong> wants to use");
        assertThat(attempt.cookie()).startsWith("warden_authorization=");

        OAuthFlow.Reply wrongPassword = oauth.login(attempt, loginPage, "alice", "wrong");
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(wrongPassword.body()).contains("Wrong user name or password.");

        OAuthFlow.Reply consentPage = oauth.login(attempt, wrongPassword, "alice", AuthorizationServerApps.PASSWORD);
        assertThat(consentPage.status()).isEqualTo(200);
        assertThat(consentPage.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(consentPage.body())
                .contains("Signed in as <strong>Alice Liddell</strong>")
                .contains("<code>127.0.0.1:53682</code>")
                .contains("<label for=\"scope-0\">See orders</label>")
                .contains("Unlocks: <code>cancel_order</code>, <code>find_order</code>")
                .contains("<label for=\"scope-1\">Cancel orders</label>")
                .contains("Unlocks: <code>cancel_order</code></div>");

        OAuthFlow.Reply redirect = oauth.consent(attempt, consentPage, "allow", "orders:read");
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.header("Location")).startsWith(OAuthFlow.REDIRECT_URI + "?code=");
        Map<String, String> params = redirect.redirectParams();
        assertThat(params).containsEntry("state", attempt.state())
                .containsEntry("iss", AuthorizationServerApps.ORIGIN).containsKey("code");
        params = new java.util.HashMap<>(params);
        params.put("verifier", attempt.verifier());

        OAuthFlow.Reply tokens = oauth.exchange(clientId, params);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.header("Cache-Control")).isEqualTo("no-store");
        JsonNode json = tokens.json();
        assertThat(json.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.path("expires_in").asLong()).isEqualTo(300);
        assertThat(json.path("scope").asText()).isEqualTo("orders:read");
        assertThat(json.path("refresh_token").asText()).hasSize(43);
        String accessToken = json.path("access_token").asText();
        assertThat(OAuthFlow.header(accessToken)).containsEntry("typ", "at+jwt").containsEntry("alg", "ES256")
                .containsKey("kid");
        Map<String, Object> claims = OAuthFlow.claims(accessToken);
        assertThat(claims).containsEntry("iss", AuthorizationServerApps.ORIGIN).containsEntry("sub", "alice")
                .containsEntry("aud", AuthorizationServerApps.RESOURCE).containsEntry("client_id", clientId)
                .containsEntry("scope", "orders:read").containsEntry("acr", "password")
                .containsKeys("exp", "iat", "jti", "auth_time");
        assertThat(((Number) claims.get("exp")).longValue() - ((Number) claims.get("iat")).longValue())
                .isEqualTo(300);

        McpTestClient agent = McpTestClient.as(accessToken).initialize();
        assertThat(agent.listTools()).containsExactly("find_order");
        assertThat(agent.callTool("find_order", Map.of("orderId", "A1")).assertSuccess().text())
                .isEqualTo("order A1");
        agent.callTool("cancel_order", Map.of("orderId", "A1")).assertForbidden()
                .assertChallenge("Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write\", "
                        + "resource_metadata=\"" + AuthorizationServerApps.ORIGIN
                        + "/.well-known/oauth-protected-resource/mcp\"");

        // Step-up: the same client asks for both scopes; orders:read was remembered, orders:write is new.
        OAuthFlow.Attempt stepUp = oauth.authorize(clientId, "orders:read orders:write", Map.of());
        OAuthFlow.Reply secondConsent = oauth.login(stepUp, stepUp.page(), "alice", AuthorizationServerApps.PASSWORD);
        assertThat(secondConsent.status()).isEqualTo(200);
        OAuthFlow.Reply stepUpRedirect = oauth.consent(stepUp, secondConsent, "allow", "orders:read", "orders:write");
        Map<String, String> stepUpParams = new java.util.HashMap<>(stepUpRedirect.redirectParams());
        stepUpParams.put("verifier", stepUp.verifier());
        String writer = oauth.exchange(clientId, stepUpParams).json().path("access_token").asText();
        assertThat(McpTestClient.as(writer).initialize().callTool("cancel_order", Map.of("orderId", "A2"))
                .assertSuccess().text()).isEqualTo("cancelled A2");

        // Both scopes are now remembered: the next authorization skips the consent page.
        Map<String, String> remembered = oauth.authorizeAndConsent(clientId, "orders:read orders:write");
        assertThat(remembered).containsKey("code").containsEntry("iss", AuthorizationServerApps.ORIGIN);
    }

    @Test
    void refreshTokensRotateAndAReplayRevokesTheWholeGrant() {
        String clientId = registerClient();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        String first = oauth.exchange(clientId, redirect).json().path("refresh_token").asText();

        OAuthFlow.Reply rotated = oauth.refresh(clientId, first);
        assertThat(rotated.status()).as(rotated.body()).isEqualTo(200);
        String second = rotated.json().path("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(McpTestClient.as(rotated.json().path("access_token").asText()).initialize().listTools())
                .containsExactly("find_order");

        OAuthFlow.Reply replay = oauth.refresh(clientId, first);
        assertThat(replay.status()).isEqualTo(400);
        assertThat(replay.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(replay.json().path("error_description").asText())
                .isEqualTo("The refresh token was already used; the grant and all its tokens have been revoked.");

        OAuthFlow.Reply afterRevocation = oauth.refresh(clientId, second);
        assertThat(afterRevocation.status()).isEqualTo(400);
        assertThat(afterRevocation.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void refreshMayNarrowButNeverWidenTheScopes() {
        String clientId = registerClient();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        String refreshToken = oauth.exchange(clientId, redirect).json().path("refresh_token").asText();

        OAuthFlow.Reply widened = oauth.token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", clientId, "scope", "orders:read orders:write"));
        assertThat(widened.status()).isEqualTo(400);
        assertThat(widened.json().path("error").asText()).isEqualTo("invalid_scope");
    }

    @Test
    void revokingARefreshTokenEndsItsGrant() {
        String clientId = registerClient();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        String refreshToken = oauth.exchange(clientId, redirect).json().path("refresh_token").asText();

        OAuthFlow.Reply revoked = oauth.postForm("/oauth/revoke", null,
                List.of(Map.entry("token", refreshToken), Map.entry("client_id", clientId)));
        assertThat(revoked.status()).isEqualTo(200);
        assertThat(oauth.refresh(clientId, refreshToken).json().path("error").asText()).isEqualTo("invalid_grant");

        OAuthFlow.Reply unknown = oauth.postForm("/oauth/revoke", null,
                List.of(Map.entry("token", "not-a-token"), Map.entry("client_id", clientId)));
        assertThat(unknown.status()).isEqualTo(200);
    }

    @Test
    void denyingConsentSendsAccessDeniedBackToTheClient() {
        String clientId = registerClient();
        OAuthFlow.Attempt attempt = oauth.authorize(clientId, "orders:read", Map.of());
        OAuthFlow.Reply consentPage = oauth.login(attempt, attempt.page(), "alice", AuthorizationServerApps.PASSWORD);
        OAuthFlow.Reply denied = oauth.consent(attempt, consentPage, "deny");

        assertThat(denied.status()).isEqualTo(303);
        assertThat(denied.redirectParams()).containsEntry("error", "access_denied")
                .containsEntry("state", attempt.state()).containsEntry("iss", AuthorizationServerApps.ORIGIN);
    }
}
