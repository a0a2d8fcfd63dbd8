package io.mcpwarden.deployment.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.AuthHttp;
import io.mcpwarden.deployment.test.auth.OrderTools;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * A session that expires gives its identity's slot back at once (not at the next periodic sweep).
 */
class SessionLimitExpiryTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(OrderTools.class)
            .overrideConfigKey("quarkus.warden.sessions.max-per-identity", "1")
            .overrideConfigKey("quarkus.warden.sessions.idle-timeout", "2S");

    private static Response initialize(String token) {
        return McpHttp.post().header("Authorization", "Bearer " + token).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH);
    }

    @Test
    void anExpiredSessionReleasesItsSlot() throws InterruptedException {
        String token = TestTokens.token().subject("alice-x").clientId("client-x").sign();
        String first = AuthHttp.openSession(token);
        String retryAfter = initialize(token).then().statusCode(429).extract().header("Retry-After");
        assertThat(Long.parseLong(retryAfter)).isBetween(1L, 2L);

        Thread.sleep(2500); // the idle timeout: expiry is what this test is about
        initialize(token).then().statusCode(200);
        AuthHttp.request(token, first, "ping", "{}").then().statusCode(404);
    }
}
