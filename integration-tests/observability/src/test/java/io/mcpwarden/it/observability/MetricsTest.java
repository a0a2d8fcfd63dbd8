package io.mcpwarden.it.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpTestClient;
import io.mcpwarden.test.TestTokens;
import io.mcpwarden.test.WardenTestIdentityProvider;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The meters MCP Warden contributes when the application has Micrometer, read from the real Prometheus scrape after
 * real authenticated calls. Each assertion is on the change across the test, so tests do not depend on each other.
 */
@QuarkusTest
@QuarkusTestResource(value = WardenTestIdentityProvider.class, restrictToAnnotatedClass = true)
class MetricsTest {

    private static final String ADD_SUCCESS = "mcp_warden_requests_total{decision=\"ALLOWED\",method=\"tools/call\","
            + "name=\"add\",outcome=\"SUCCESS\"}";
    private static final String RESET_DENIED = "mcp_warden_requests_total{decision=\"DENIED\",method=\"tools/call\","
            + "name=\"reset_memory\",outcome=\"DENIED\"}";
    private static final String SCOPE_DENIALS = "mcp_warden_denials_total{method=\"tools/call\","
            + "reason=\"insufficient_scope\"}";
    private static final String MISSING_TOKEN_DENIALS = "mcp_warden_denials_total{method=\"-\","
            + "reason=\"missing_token\"}";
    private static final String ADD_DURATION_COUNT = "mcp_warden_request_duration_seconds_count{method=\"tools/call\","
            + "name=\"add\",outcome=\"SUCCESS\"}";
    private static final String CACHE_HITS = "mcp_warden_token_cache_total{result=\"hit\"}";
    private static final String CACHE_MISSES = "mcp_warden_token_cache_total{result=\"miss\"}";

    @Test
    void countsCallsByToolDecisionAndOutcomeWithALatencyHistogram() {
        Metrics before = Metrics.scrape();
        McpTestClient user = McpTestClient.as(TestTokens.withScopes("calc:use")).initialize();

        user.callTool("add", Map.of("a", 2, "b", 3)).assertSuccess();
        user.callTool("add", Map.of("a", 4, "b", 5)).assertSuccess();
        user.callTool("reset_memory", Map.of()).assertForbidden();

        Metrics after = Metrics.scrape();
        assertThat(after.value(ADD_SUCCESS) - before.value(ADD_SUCCESS)).isEqualTo(2.0);
        assertThat(after.value(ADD_DURATION_COUNT) - before.value(ADD_DURATION_COUNT)).isEqualTo(2.0);
        assertThat(after.value(RESET_DENIED) - before.value(RESET_DENIED)).isEqualTo(1.0);
        assertThat(after.value(SCOPE_DENIALS) - before.value(SCOPE_DENIALS)).isEqualTo(1.0);
        assertThat(after.contains("mcp_warden_request_duration_seconds_bucket{method=\"tools/call\",name=\"add\","
                + "outcome=\"SUCCESS\",le=\"")).as("a percentile histogram per tool").isTrue();
    }

    @Test
    void countsRefusedRequestsByReason() {
        Metrics before = Metrics.scrape();

        McpTestClient.anonymous().attemptInitialize().assertUnauthorized();

        assertThat(Metrics.scrape().value(MISSING_TOKEN_DENIALS) - before.value(MISSING_TOKEN_DENIALS))
                .isEqualTo(1.0);
    }

    @Test
    void toolNamesAClientMadeUpDoNotBecomeTimeSeries() {
        McpTestClient user = McpTestClient.as(TestTokens.withScopes("calc:use")).initialize();

        user.callTool("made_up_tool_4711", Map.of());

        Metrics after = Metrics.scrape();
        assertThat(after.contains("made_up_tool_4711")).isFalse();
        assertThat(after.contains("name=\"other\"")).isTrue();
    }

    @Test
    void countsVerifiedTokenCacheHitsAndMisses() {
        Metrics before = Metrics.scrape();
        McpTestClient user = McpTestClient.as(TestTokens.withScopes("calc:use")).initialize(); // a new token: a miss

        user.callTool("add", Map.of("a", 1, "b", 1)).assertSuccess(); // the same token again: hits
        user.callTool("add", Map.of("a", 1, "b", 2)).assertSuccess();

        Metrics after = Metrics.scrape();
        assertThat(after.value(CACHE_MISSES) - before.value(CACHE_MISSES)).isEqualTo(1.0);
        assertThat(after.value(CACHE_HITS) - before.value(CACHE_HITS)).isGreaterThanOrEqualTo(2.0);
    }
}
