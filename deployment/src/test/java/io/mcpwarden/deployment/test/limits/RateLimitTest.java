package io.mcpwarden.deployment.test.limits;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

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
 * Three requests per hour per subject and five per client (a burst of that many, then one every 20 and 12 minutes):
 * the next request is 429 with Retry-After and a JSON-RPC error, audited as {@code rate_limited}, while other
 * subjects and clients go on. Each test uses its own subjects and clients, so their counts do not mix.
 */
class RateLimitTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(OrderTools.class, AuditRecorder.class)
            .overrideConfigKey("quarkus.warden.rate-limit.per-subject", "3")
            .overrideConfigKey("quarkus.warden.rate-limit.per-client", "5")
            .overrideConfigKey("quarkus.warden.rate-limit.window", "1H");

    @Inject
    AuditRecorder audit;

    private static String token(String subject, String client) {
        return TestTokens.token().subject(subject).clientId(client).scopes("orders:read").sign();
    }

    private static Response findOrder(String token, String session) {
        return AuthHttp.request(token, session, "tools/call", "{\"name\":\"findOrder\",\"arguments\":{\"id\":\"7\"}}");
    }

    @Test
    void aSubjectOverItsLimitIsRefusedWithRetryAfterAndAnotherSubjectIsNot() {
        String alice = token("alice-1", "client-1");
        long start = System.nanoTime();
        String session = AuthHttp.openSession(alice); // initialize counts too
        findOrder(alice, session).then().statusCode(200);
        findOrder(alice, session).then().statusCode(200);

        Response limited = findOrder(alice, session);
        long elapsed = secondsSince(start);
        assertThat(limited.statusCode()).isEqualTo(429);
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertThat(retryAfter).isBetween(1200 - elapsed, 1200L);
        assertThat(limited.contentType()).isEqualTo("application/json");
        JsonNode body = McpHttp.json(limited.asString());
        assertThat(body).isEqualTo(McpHttp.json("{\"jsonrpc\":\"2.0\",\"id\":11,\"error\":{\"code\":-32000,"
                + "\"message\":\"Too many requests: rate limit exceeded; retry after " + retryAfter + " seconds\","
                + "\"data\":{\"retryAfterSeconds\":" + retryAfter + "}}}"));

        AuditEvent denied = audit.events().get(audit.events().size() - 1);
        assertThat(denied.decision()).isEqualTo(AuditEvent.Decision.DENIED);
        assertThat(denied.reason()).isEqualTo("rate_limited");
        assertThat(denied.method()).isEqualTo("tools/call");
        assertThat(denied.target()).isEqualTo("findOrder");
        assertThat(denied.subject()).isEqualTo("alice-1");
        assertThat(denied.clientId()).isEqualTo("client-1");
        assertThat(denied.sessionId()).isEqualTo(session);

        // Notifications and DELETE are not counted: a limited client can still end its session.
        McpHttp.post().header("Authorization", "Bearer " + alice).header("Mcp-Session-Id", session)
                .header("MCP-Protocol-Version", "2025-11-25")
                .body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").post(McpHttp.PATH).then()
                .statusCode(202);

        String bob = token("bob-1", "client-1");
        String bobSession = AuthHttp.openSession(bob);
        findOrder(bob, bobSession).then().statusCode(200);

        given().header("Authorization", "Bearer " + alice).header("Mcp-Session-Id", session).delete(McpHttp.PATH)
                .then().statusCode(204);
    }

    @Test
    void aClientOverItsLimitIsRefusedForEveryUserAndAnotherClientIsNot() {
        for (String user : new String[] { "carol-2", "dave-2" }) {
            String token = token(user, "client-2");
            String session = AuthHttp.openSession(token);
            findOrder(token, session).then().statusCode(200);
        }
        String erin = token("erin-2", "client-2");
        String session = AuthHttp.openSession(erin); // the client's fifth request

        Response limited = findOrder(erin, session);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 720L);
        assertThat(McpHttp.json(limited.asString()).path("error").path("code").asInt()).isEqualTo(-32000);

        String other = token("erin-2", "client-3");
        findOrder(other, AuthHttp.openSession(other)).then().statusCode(200);
    }

    @Test
    void statelessRequestsAreCountedToo() {
        String frank = token("frank-4", "client-4");
        for (int i = 0; i < 3; i++) {
            stateless(frank).then().statusCode(200);
        }
        Response limited = stateless(frank);
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isNotNull();
    }

    private static Response stateless(String token) {
        return McpHttp.post().header("Authorization", "Bearer " + token).header("MCP-Protocol-Version", "2026-07-28")
                .header("Mcp-Method", "tools/list")
                .body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\",\"params\":{\"_meta\":{"
                        + "\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                        + "\"io.modelcontextprotocol/clientInfo\":{\"name\":\"t\",\"version\":\"1\"},"
                        + "\"io.modelcontextprotocol/clientCapabilities\":{}}}}")
                .post(McpHttp.PATH);
    }

    private static long secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos + 999_999_999L) / 1_000_000_000L;
    }
}
