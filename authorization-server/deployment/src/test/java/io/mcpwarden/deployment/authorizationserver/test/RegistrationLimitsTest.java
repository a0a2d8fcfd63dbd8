package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * Registration behind an initial access token, with a maximum number of clients and a per-address rate limit.
 */
class RegistrationLimitsTest {

    private static final String INITIAL_ACCESS_TOKEN = "let-me-register-0123456789";
    private static final String CLIENT = "{\"redirect_uris\":[\"http://127.0.0.1:5/cb\"],"
            + "\"token_endpoint_auth_method\":\"none\"}";

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("limits")
            .overrideConfigKey("quarkus.warden.authorization-server.registration.initial-access-token",
                    INITIAL_ACCESS_TOKEN)
            .overrideConfigKey("quarkus.warden.authorization-server.registration.max-clients", "2")
            .overrideConfigKey("quarkus.warden.authorization-server.registration.max-per-address-per-hour", "3");

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private OAuthFlow.Reply register(String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AuthorizationServerApps.ORIGIN
                + "/oauth/register")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(CLIENT));
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return oauth.send(request);
    }

    @Test
    void registrationNeedsTheInitialAccessTokenAndStopsAtTheLimits() {
        OAuthFlow.Reply missing = register(null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\", "
                + "error_description=\"Registration needs this server's initial access token\"");
        assertThat(register("wrong-token").status()).isEqualTo(401);

        long start = System.nanoTime();
        assertThat(register(INITIAL_ACCESS_TOKEN).status()).isEqualTo(201);
        assertThat(register(INITIAL_ACCESS_TOKEN).status()).isEqualTo(201);

        OAuthFlow.Reply full = register(INITIAL_ACCESS_TOKEN);
        assertThat(full.status()).isEqualTo(400);
        assertThat(full.json().path("error").asText()).isEqualTo("invalid_client_metadata");
        assertThat(full.json().path("error_description").asText()).isEqualTo(
                "This server has reached its maximum number of registered clients (2); ask its operator.");

        OAuthFlow.Reply limited = register(INITIAL_ACCESS_TOKEN);
        long elapsed = (System.nanoTime() - start + 999_999_999L) / 1_000_000_000L;
        assertThat(limited.status()).isEqualTo(429);
        // 3 per hour: a burst of 3, then one more every 1200 seconds.
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1200 - elapsed, 1200L);
        assertThat(limited.header("Cache-Control")).isEqualTo("no-store");
        assertThat(limited.json().path("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(limited.json().path("error_description").asText()).isEqualTo(
                "Too many registrations from this address (3 per hour); try again in " + retryAfter + " seconds.");
    }
}
