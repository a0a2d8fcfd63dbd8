package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * The authorization server's database goes away (its server process stops) and comes back: while it is away,
 * every endpoint that needs it answers {@code 503 temporarily_unavailable} with {@code Retry-After}, no stack trace
 * and no driver detail; a request that failed changed nothing (the authorization code it tried to redeem still
 * works); and once the database is back, the server serves again without a restart.
 */
class DatabaseOutageTest {

    static final DatabaseServer DATABASE = AuthorizationServerApps.databaseServer();

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("outage")
            .withApplicationRoot(AuthorizationServerApps.root())
            .overrideConfigKey("quarkus.datasource.warden.jdbc.url", DATABASE.jdbcUrl("outage"));

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @AfterEach
    void databaseIsBack() {
        AuthorizationServerApps.databaseServer();
    }

    @Test
    void whileTheDatabaseIsDownEveryEndpointAnswers503AndAFailedRedemptionConsumesNothing() throws Exception {
        String clientId = oauth.registerPublicClient("orders:read").json().get("client_id").asText();
        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");

        DATABASE.stop();

        OAuthFlow.Reply redemption = oauth.exchange(clientId, redirect);
        assertUnavailable(redemption);
        assertUnavailable(oauth.registerPublicClient("orders:read"));
        assertUnavailable(oauth.refresh(clientId, "some-refresh-token"));

        DATABASE.start();

        OAuthFlow.Reply afterRecovery = awaitRecovery(() -> oauth.exchange(clientId, redirect));
        assertThat(afterRecovery.status()).as(afterRecovery.body()).isEqualTo(200);
        assertThat(afterRecovery.json().get("access_token").asText()).isNotBlank();
        // ...and it is still single-use.
        assertThat(oauth.exchange(clientId, redirect).json().get("error").asText()).isEqualTo("invalid_grant");
    }

    private static void assertUnavailable(OAuthFlow.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(503);
        assertThat(reply.header("Retry-After")).isEqualTo("5");
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        assertThat(reply.json().get("error").asText()).isEqualTo("temporarily_unavailable");
        assertThat(reply.json().get("error_description").asText())
                .isEqualTo("The authorization server cannot reach its database; try again shortly");
        assertThat(reply.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("h2")
                .doesNotContainIgnoringCase("postgres").doesNotContainIgnoringCase("psql").doesNotContain("jdbc");
    }

    /** Repeats the request while it answers 503, for as long as the client and pool take to reconnect. */
    private static OAuthFlow.Reply awaitRecovery(java.util.function.Supplier<OAuthFlow.Reply> request)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        OAuthFlow.Reply reply = request.get();
        while (reply.status() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            reply = request.get();
        }
        return reply;
    }
}
