package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The authorization, login, token and revocation endpoints each allow two requests per minute per source address here (a
 * burst of two, then one every 30 seconds): the third is answered 429 with Retry-After, while another TCP peer
 * (127.0.0.2, 127.0.0.3, ...) is not affected, and an X-Forwarded-For header is not believed (no trusted proxy).
 * Each test uses its own endpoint, so their counts do not mix.
 */
class AddressRateLimitsTest {

    private static final String PREFIX = "quarkus.warden.authorization-server.rate-limits.";

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("ratelimits")
            .withApplicationRoot(AuthorizationServerApps.root(RateLimitEvents.class, PeerHttp.class))
            .overrideConfigKey(PREFIX + "authorize-per-address-per-minute", "2")
            .overrideConfigKey(PREFIX + "login-per-address-per-minute", "2")
            .overrideConfigKey(PREFIX + "token-per-address-per-minute", "2")
            .overrideConfigKey(PREFIX + "revocation-per-address-per-minute", "2");

    @Inject
    RateLimitEvents events;

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @Test
    void authorizeOverTheLimitIsAnErrorPageWithRetryAfter() {
        String path = "/oauth/authorize?client_id=nobody";
        long start = System.nanoTime();
        assertThat(oauth.get(path).status()).isEqualTo(400);
        assertThat(oauth.get(path).status()).isEqualTo(400);

        OAuthFlow.Reply limited = oauth.get(path);
        long elapsed = secondsSince(start);
        assertThat(limited.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(30 - elapsed, 30L);
        assertThat(limited.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(limited.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
        assertThat(limited.header("Location")).isNull();
        assertThat(limited.body()).contains("Too many authorization requests from this address (2 per minute); "
                + "try again in " + retryAfter + " seconds.");

        AuthorizationServerEvent event = events.last();
        assertThat(event.sourceAddress()).isEqualTo("127.0.0.1");
        assertThat(event.reason()).isEqualTo("rate_limited: authorize: Too many authorization requests from this "
                + "address (2 per minute); try again in " + retryAfter + " seconds.");

        assertThat(oauth.send(HttpRequest.newBuilder(URI.create(AuthorizationServerApps.ORIGIN + path))
                .header("X-Forwarded-For", "203.0.113.7")).status()).as("a forwarded address is not believed")
                .isEqualTo(429);
        assertThat(PeerHttp.send("127.0.0.2", AuthorizationServerApps.PORT, "GET", path, Map.of(), null).status())
                .as("another address").isEqualTo(400);
    }

    @Test
    void tokenRequestsOverTheLimitGetTemporarilyUnavailable() {
        Map<String, String> form = Map.of("grant_type", "authorization_code", "code", "x", "client_id", "nobody");
        long start = System.nanoTime();
        assertThat(oauth.token(form).status()).isEqualTo(401);
        assertThat(oauth.token(form).status()).isEqualTo(401);

        OAuthFlow.Reply limited = oauth.token(form);
        long elapsed = secondsSince(start);
        assertThat(limited.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(30 - elapsed, 30L);
        assertThat(limited.header("Content-Type")).isEqualTo("application/json");
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
        assertThat(limited.header("Access-Control-Expose-Headers")).isEqualTo("Retry-After, WWW-Authenticate");
        assertThat(limited.json().path("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(limited.json().path("error_description").asText()).isEqualTo("Too many token requests from this "
                + "address (2 per minute); try again in " + retryAfter + " seconds.");
        assertThat(events.last().clientId()).isEqualTo("nobody");
        assertThat(events.last().reason()).startsWith("rate_limited: token: ");

        PeerHttp.Response other = PeerHttp.send("127.0.0.3", AuthorizationServerApps.PORT, "POST", "/oauth/token",
                Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "grant_type=authorization_code&code=x&client_id=nobody");
        assertThat(other.status()).as(other.body()).isEqualTo(401);
    }

    @Test
    void revocationRequestsOverTheLimitGetTemporarilyUnavailable() {
        List<Map.Entry<String, String>> fields = List.of(Map.entry("token", "not-a-token"),
                Map.entry("client_id", "nobody"));
        long start = System.nanoTime();
        assertThat(oauth.postForm("/oauth/revoke", null, fields).status()).isEqualTo(401);
        assertThat(oauth.postForm("/oauth/revoke", null, fields).status()).isEqualTo(401);

        OAuthFlow.Reply limited = oauth.postForm("/oauth/revoke", null, fields);
        long elapsed = secondsSince(start);
        assertThat(limited.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(30 - elapsed, 30L);
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
        assertThat(limited.json().path("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(limited.json().path("error_description").asText()).isEqualTo("Too many revocation requests from "
                + "this address (2 per minute); try again in " + retryAfter + " seconds.");
        assertThat(events.last().clientId()).isEqualTo("nobody");
        assertThat(events.last().reason()).startsWith("rate_limited: revocation: ");

        PeerHttp.Response other = PeerHttp.send("127.0.0.5", AuthorizationServerApps.PORT, "POST", "/oauth/revoke",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "token=not-a-token&client_id=nobody");
        assertThat(other.status()).as(other.body()).isEqualTo(401);
    }

    @Test
    void loginAttemptsOverTheLimitAreRefusedBeforeTheirPasswordIsChecked() {
        List<Map.Entry<String, String>> fields = List.of(Map.entry("username", "alice"),
                Map.entry("password", "guess"));
        long start = System.nanoTime();
        assertThat(oauth.postForm("/oauth/login", null, fields).status()).isEqualTo(400);
        assertThat(oauth.postForm("/oauth/login", null, fields).status()).isEqualTo(400);

        OAuthFlow.Reply limited = oauth.postForm("/oauth/login", null, fields);
        long elapsed = secondsSince(start);
        assertThat(limited.status()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(30 - elapsed, 30L);
        assertThat(limited.header("Content-Type")).isEqualTo("text/html; charset=utf-8");
        assertThat(limited.body()).contains("Too many sign-in attempts from this address (2 per minute); try again in "
                + retryAfter + " seconds.");

        PeerHttp.Response other = PeerHttp.send("127.0.0.4", AuthorizationServerApps.PORT, "POST", "/oauth/login",
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "username=alice&password=guess");
        assertThat(other.status()).isEqualTo(400);
    }

    private static long secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos + 999_999_999L) / 1_000_000_000L;
    }
}
