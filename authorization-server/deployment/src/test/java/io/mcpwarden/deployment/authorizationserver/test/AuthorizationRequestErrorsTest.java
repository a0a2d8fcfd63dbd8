package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * Refusals of the authorization and token endpoints: errors before the redirect URI is trusted are shown, never
 * redirected; later ones go back to the client with {@code state} and {@code iss}; code and PKCE misuse, forged
 * forms and foreign resources are refused.
 */
class AuthorizationRequestErrorsTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("errors");

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private String client() {
        return oauth.registerPublicClient(null).json().path("client_id").asText();
    }

    @Test
    void unknownClientIsShownAnErrorPageNotRedirected() {
        OAuthFlow.Reply page = oauth.authorize("no-such-client", "orders:read", Map.of()).page();

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.body()).contains("The client is not registered with this server (unknown client_id).");
    }

    @Test
    void redirectUriMismatchIsShownAnErrorPageNotRedirected() {
        OAuthFlow.Reply page = oauth.authorize(client(), "orders:read",
                Map.of("redirect_uri", "http://127.0.0.1:53682/callback/other")).page();

        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.body()).contains("The redirect_uri does not exactly match one the client registered.");
    }

    @Test
    void missingPkceIsRedirectedAsInvalidRequest() {
        Map<String, String> overrides = new HashMap<>();
        overrides.put("code_challenge", null);
        overrides.put("code_challenge_method", null);
        OAuthFlow.Attempt attempt = oauth.authorize(client(), "orders:read", overrides);

        assertThat(attempt.page().status()).isEqualTo(303);
        assertThat(attempt.page().redirectParams())
                .containsEntry("error", "invalid_request")
                .containsEntry("error_description",
                        "PKCE is required: send code_challenge and code_challenge_method=S256.")
                .containsEntry("state", attempt.state())
                .containsEntry("iss", AuthorizationServerApps.ORIGIN);
    }

    @Test
    void plainPkceIsRefused() {
        OAuthFlow.Attempt attempt = oauth.authorize(client(), "orders:read",
                Map.of("code_challenge_method", "plain"));

        assertThat(attempt.page().redirectParams()).containsEntry("error", "invalid_request")
                .containsEntry("error_description", "Only code_challenge_method=S256 is supported.");
    }

    @Test
    void aResourceOtherThanThisServerIsRefused() {
        OAuthFlow.Attempt attempt = oauth.authorize(client(), "orders:read",
                Map.of("resource", "https://other.example.com/mcp"));

        assertThat(attempt.page().redirectParams()).containsEntry("error", "invalid_target")
                .containsEntry("error_description", "This server issues tokens only for the resource "
                        + AuthorizationServerApps.RESOURCE + ".");
    }

    @Test
    void anUndeclaredScopeIsRefused() {
        OAuthFlow.Attempt attempt = oauth.authorize(client(), "orders:read payroll", Map.of());

        assertThat(attempt.page().redirectParams()).containsEntry("error", "invalid_scope")
                .containsEntry("error_description",
                        "Unknown scope payroll; this server offers orders:read orders:write.");
    }

    @Test
    void loginFormWithoutCsrfTokenIsRefused() {
        OAuthFlow.Attempt attempt = oauth.authorize(client(), "orders:read", Map.of());
        OAuthFlow.Reply refused = oauth.postForm("/oauth/login", attempt.cookie(),
                List.of(Map.entry("request", attempt.page().field("request")), Map.entry("username", "alice"),
                        Map.entry("password", AuthorizationServerApps.PASSWORD)));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body()).contains("anti-forgery token is missing or wrong");
    }

    @Test
    void loginFormFromAnotherBrowserIsRefused() {
        OAuthFlow.Attempt attempt = oauth.authorize(client(), "orders:read", Map.of());
        OAuthFlow.Reply refused = oauth.postForm("/oauth/login", "warden_authorization=someone-else",
                List.of(Map.entry("request", attempt.page().field("request")),
                        Map.entry("csrf", attempt.page().field("csrf")), Map.entry("username", "alice"),
                        Map.entry("password", AuthorizationServerApps.PASSWORD)));

        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void wrongOrMissingCodeVerifierIsRefused() {
        String clientId = client();
        Map<String, String> redirect = new HashMap<>(oauth.authorizeAndConsent(clientId, "orders:read",
                "orders:read"));
        redirect.put("verifier", OAuthFlow.verifier());
        OAuthFlow.Reply wrong = oauth.exchange(clientId, redirect);
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(wrong.json().path("error_description").asText())
                .isEqualTo("code_verifier does not match the code_challenge.");

        Map<String, String> second = oauth.authorizeAndConsent(clientId, "orders:read");
        OAuthFlow.Reply missing = oauth.token(Map.of("grant_type", "authorization_code", "code", second.get("code"),
                "redirect_uri", OAuthFlow.REDIRECT_URI, "client_id", clientId));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().path("error").asText()).isEqualTo("invalid_request");
    }

    @Test
    void tokenRequestWithAnotherRedirectUriIsRefused() {
        String clientId = client();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        OAuthFlow.Reply refused = oauth.token(Map.of("grant_type", "authorization_code", "code", redirect.get("code"),
                "redirect_uri", "http://127.0.0.1:1/other", "code_verifier", redirect.get("verifier"), "client_id",
                clientId));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void aReusedCodeRevokesTheGrantItIssued() {
        String clientId = client();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        OAuthFlow.Reply first = oauth.exchange(clientId, redirect);
        assertThat(first.status()).isEqualTo(200);

        OAuthFlow.Reply reuse = oauth.exchange(clientId, redirect);
        assertThat(reuse.status()).isEqualTo(400);
        assertThat(reuse.json().path("error").asText()).isEqualTo("invalid_grant");
        assertThat(reuse.json().path("error_description").asText()).isEqualTo(
                "The authorization code was already used; every token issued with it has been revoked.");
        OAuthFlow.Reply refresh = oauth.refresh(clientId, first.json().path("refresh_token").asText());
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void concurrentRedemptionsOfOneCodeHaveExactlyOneWinnerAndTheReplaysEndTheGrant() throws Exception {
        String clientId = client();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<OAuthFlow.Reply> replies = new ArrayList<>();
        try {
            List<Callable<OAuthFlow.Reply>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> oauth.exchange(clientId, redirect));
            }
            for (Future<OAuthFlow.Reply> reply : pool.invokeAll(attempts)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() != 200).hasSize(7)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.body()).isEqualTo(400);
                    assertThat(r.json().path("error").asText()).isEqualTo("invalid_grant");
                    assertThat(r.json().path("error_description").asText()).isEqualTo(
                            "The authorization code was already used; every token issued with it has been revoked.");
                });
        // The losers presented a code already being redeemed: that is a replay, so the winner's tokens die with the
        // grant.
        String winnersToken = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .path("refresh_token").asText();
        OAuthFlow.Reply afterReplay = oauth.refresh(clientId, winnersToken);
        assertThat(afterReplay.status()).isEqualTo(400);
        assertThat(afterReplay.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void concurrentRefreshesOfOneRefreshTokenHaveExactlyOneWinnerAndTheReplaysEndTheGrant() throws Exception {
        String clientId = client();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        String refreshToken = oauth.exchange(clientId, redirect).json().path("refresh_token").asText();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<OAuthFlow.Reply> replies = new ArrayList<>();
        try {
            List<Callable<OAuthFlow.Reply>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> oauth.refresh(clientId, refreshToken));
            }
            for (Future<OAuthFlow.Reply> reply : pool.invokeAll(attempts)) {
                replies.add(reply.get());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(replies).filteredOn(r -> r.status() == 200).hasSize(1);
        assertThat(replies).filteredOn(r -> r.status() != 200).hasSize(7)
                .allSatisfy(r -> {
                    assertThat(r.status()).as(r.body()).isEqualTo(400);
                    assertThat(r.json().path("error").asText()).isEqualTo("invalid_grant");
                });
        // The losers presented a used refresh token: that is a replay, so the winner's new one is dead too.
        String winnersToken = replies.stream().filter(r -> r.status() == 200).findFirst().orElseThrow().json()
                .path("refresh_token").asText();
        OAuthFlow.Reply afterReplay = oauth.refresh(clientId, winnersToken);
        assertThat(afterReplay.status()).isEqualTo(400);
        assertThat(afterReplay.json().path("error").asText()).isEqualTo("invalid_grant");
    }

    @Test
    void tokenRequestForAnotherResourceIsRefused() {
        String clientId = client();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        OAuthFlow.Reply refused = oauth.token(Map.of("grant_type", "authorization_code", "code", redirect.get("code"),
                "redirect_uri", OAuthFlow.REDIRECT_URI, "code_verifier", redirect.get("verifier"), "client_id",
                clientId, "resource", "https://other.example.com/mcp"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_target");
    }

    @Test
    void unknownClientAtTheTokenEndpointIs401InvalidClient() {
        OAuthFlow.Reply refused = oauth.token(Map.of("grant_type", "authorization_code", "code", "x",
                "redirect_uri", OAuthFlow.REDIRECT_URI, "code_verifier", OAuthFlow.verifier(), "client_id", "nobody"));

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().path("error").asText()).isEqualTo("invalid_client");
    }
}
