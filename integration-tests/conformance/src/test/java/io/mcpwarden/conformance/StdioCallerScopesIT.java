package io.mcpwarden.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * With authentication on, the caller of a stdio server is the local user with exactly the scopes
 * {@code quarkus.warden.stdio.scopes} grants: none by default, so tools that need a scope stay hidden and refused.
 */
class StdioCallerScopesIT {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";
    private static final String LIST = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}";
    private static final String CALL_SCOPED = "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"fixture_whoami\",\"arguments\":{}}}";
    private static final String CALL_OPEN = "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\","
            + "\"params\":{\"name\":\"test_simple_text\",\"arguments\":{}}}";

    @Test
    void withoutGrantedScopesAToolThatNeedsOneIsHiddenAndRefused() throws Exception {
        try (StdioProcess server = new StdioProcess("quarkus.warden.auth.enabled=true")) {
            server.request(INITIALIZE);
            assertThat(server.request(LIST).path("result").path("tools").findValuesAsText("name"))
                    .contains("test_simple_text").doesNotContain("fixture_whoami");

            JsonNode refused = server.request(CALL_SCOPED);
            assertThat(refused.path("id").asInt()).isEqualTo(3);
            assertThat(refused.path("error").path("code").asInt()).isEqualTo(-32600);
            assertThat(refused.path("error").path("message").asText()).isEqualTo(
                    "Forbidden: this tool needs scopes that this stdio server does not grant (quarkus.warden.stdio.scopes)");

            assertThat(server.request(CALL_OPEN).path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("This is a simple text response for testing.");
            assertThat(server.closeInputAndWait()).isZero();
        }
    }

    @Test
    void grantedScopesAndTheConfiguredSubjectReachTheTool() throws Exception {
        try (StdioProcess server = new StdioProcess("quarkus.warden.auth.enabled=true",
                "quarkus.warden.stdio.scopes=fixture:admin", "quarkus.warden.stdio.subject=alice")) {
            server.request(INITIALIZE);
            assertThat(server.request(LIST).path("result").path("tools").findValuesAsText("name"))
                    .contains("fixture_whoami");

            JsonNode called = server.request(CALL_SCOPED);
            assertThat(called.path("result").path("isError").asBoolean(false)).isFalse();
            assertThat(called.path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("subject=alice scopes=[fixture:admin]");
            assertThat(server.closeInputAndWait()).isZero();
        }
    }

    @Test
    void grantingAnUndeclaredScopeStopsTheServerAtStartup() throws Exception {
        try (StdioProcess server = new StdioProcess("quarkus.warden.auth.enabled=true",
                "quarkus.warden.stdio.scopes=fixture:admin,root")) {
            assertThat(server.waitForExit()).isNotZero();
            assertThat(server.remainingStdout()).as("nothing but protocol messages on standard output").isEmpty();
            assertThat(server.stderr()).contains(
                    "quarkus.warden.stdio.scopes grants scopes that are not declared under quarkus.warden.scopes: root");
        }
    }
}
