package io.mcpwarden.deployment.test.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuditRecorder;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.AuthHttp;
import io.mcpwarden.deployment.test.auth.OrderTools;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * At most two sessions per identity (issuer, subject, client), new ones refused: the third initialize is 429 with
 * Retry-After (when the least recently used session would expire), and a DELETE gives the slot back.
 */
class SessionLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(OrderTools.class, AuditRecorder.class)
            .overrideConfigKey("quarkus.warden.sessions.max-per-identity", "2");

    @Inject
    AuditRecorder audit;

    static Response initialize(String token) {
        return McpHttp.post().header("Authorization", "Bearer " + token).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH);
    }

    @Test
    void aThirdSessionIsRefusedUntilOneEnds() {
        String token = TestTokens.token().subject("alice-s").clientId("client-s").sign();
        long start = System.nanoTime();
        String first = AuthHttp.openSession(token);
        AuthHttp.openSession(token);

        Response refused = initialize(token);
        long elapsed = (System.nanoTime() - start + 999_999_999L) / 1_000_000_000L;
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.header("Mcp-Session-Id")).isNull();
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertThat(retryAfter).as("the default idle timeout, 30 minutes, from the first session's last use")
                .isBetween(1800 - elapsed, 1800L);
        assertThat(McpHttp.json(refused.asString())).isEqualTo(McpHttp.json("{\"jsonrpc\":\"2.0\",\"id\":1,"
                + "\"error\":{\"code\":-32000,\"message\":\"Too many sessions: this identity already holds the most "
                + "sessions it may (2); end one with DELETE, or retry after " + retryAfter + " seconds\","
                + "\"data\":{\"retryAfterSeconds\":" + retryAfter + "}}}"));
        AuditEvent denied = audit.events().get(audit.events().size() - 1);
        assertThat(denied.reason()).isEqualTo("session_limit");
        assertThat(denied.method()).isEqualTo("initialize");
        assertThat(denied.subject()).isEqualTo("alice-s");

        // Another identity (the same user through another client) is not affected.
        String otherClient = TestTokens.token().subject("alice-s").clientId("client-t").sign();
        initialize(otherClient).then().statusCode(200);

        given().header("Authorization", "Bearer " + token).header("Mcp-Session-Id", first).delete(McpHttp.PATH)
                .then().statusCode(204);
        initialize(token).then().statusCode(200);
        initialize(token).then().statusCode(429);
    }
}
