package io.mcpwarden.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The packaged fixture as a local stdio server ({@code java -Dquarkus.warden.transport=stdio -jar ...}): the MCP
 * lifecycle and methods over newline-delimited JSON-RPC, errors for bad lines, logs kept off standard output, and a
 * clean exit at the end of standard input.
 */
class StdioTransportIT {

    private static final String INITIALIZE = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":"
            + "{\"protocolVersion\":\"2025-11-25\",\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}";

    @Test
    void servesTheLifecycleToolsAndErrorsThenExitsCleanlyAtEndOfInput() throws Exception {
        try (StdioProcess server = new StdioProcess()) {
            JsonNode early = server.request("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"tools/list\"}");
            assertThat(early.path("id").asInt()).isZero();
            assertThat(early.path("error").path("code").asInt()).isEqualTo(-32600);
            assertThat(early.path("error").path("message").asText())
                    .isEqualTo("Invalid request: send initialize first");

            JsonNode initialized = server.request(INITIALIZE);
            assertThat(initialized.path("id").asInt()).isEqualTo(1);
            assertThat(initialized.path("result").path("protocolVersion").asText()).isEqualTo("2025-11-25");
            assertThat(initialized.path("result").path("serverInfo").path("name").asText())
                    .isEqualTo("mcp-warden-conformance-fixture");
            assertThat(initialized.path("result").path("capabilities").has("tools")).isTrue();
            server.send("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");

            JsonNode listed = server.request("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}");
            assertThat(listed.path("id").asInt()).isEqualTo(2);
            assertThat(listed.path("result").path("tools").findValuesAsText("name")).contains("test_simple_text",
                    "test_image_content", "test_error_handling", "fixture_whoami");

            JsonNode called = server.request("{\"jsonrpc\":\"2.0\",\"id\":\"three\",\"method\":\"tools/call\","
                    + "\"params\":{\"name\":\"test_simple_text\",\"arguments\":{}}}");
            assertThat(called.path("id").asText()).isEqualTo("three");
            assertThat(called.path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("This is a simple text response for testing.");

            JsonNode read = server.request("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"resources/read\","
                    + "\"params\":{\"uri\":\"test://template/42/data\"}}");
            assertThat(read.path("result").path("contents").get(0).path("text").asText())
                    .isEqualTo("{\"id\":\"42\",\"templateTest\":true,\"data\":\"Data for ID: 42\"}");

            JsonNode malformed = server.request("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":");
            assertThat(malformed.path("id").isNull()).isTrue();
            assertThat(malformed.path("error").path("code").asInt()).isEqualTo(-32700);
            assertThat(malformed.path("error").path("message").asText())
                    .isEqualTo("Parse error: the line is not valid JSON");

            JsonNode invalid = server.request("{\"jsonrpc\":\"1.0\",\"id\":6,\"method\":\"ping\"}");
            assertThat(invalid.path("id").asInt()).isEqualTo(6);
            assertThat(invalid.path("error").path("code").asInt()).isEqualTo(-32600);
            assertThat(invalid.path("error").path("message").asText())
                    .isEqualTo("Invalid request: The 'jsonrpc' member must be \"2.0\"");

            JsonNode unknown = server.request("{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"no/such/method\"}");
            assertThat(unknown.path("error").path("code").asInt()).isEqualTo(-32601);

            JsonNode stillServing = server.request("{\"jsonrpc\":\"2.0\",\"id\":8,\"method\":\"ping\"}");
            assertThat(stillServing.path("result").isObject()).isTrue();
            assertThat(stillServing.path("result").size()).isZero();

            assertThat(server.closeInputAndWait()).as("exit code at end of input").isZero();
            assertThat(server.remainingStdout()).as("standard output after the last answer").isEmpty();
            String stderr = server.stderr();
            assertThat(stderr).as("the log goes to standard error").contains("Profile prod activated")
                    .contains("stopped in");
            assertThat(stderr).as("no HTTP port is opened").doesNotContain("Listening on: http");
        }
    }
}
