package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.mcpwarden.deployment.test.stateless.InputTools;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The same {@code InputRequired} tools with a client of the session era (2025-11-25): the server sends the requests
 * over the session itself, on the call's stream, and runs the tool again with the answers and the state, until it
 * finishes; the client sees one ordinary {@code tools/call}.
 */
class InputRequiredOverSessionTest {

    private static final String ALL = "{\"elicitation\":{},\"sampling\":{},\"roots\":{}}";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(InputTools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    @Test
    void anElicitationIsAskedOverTheSessionAndTheToolRunsAgainWithTheAnswer() {
        String session = McpSessions.open(ALL);
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("greet", "{}"))) {
            JsonNode request = stream.nextMessage();
            assertThat(request.path("method").asText()).isEqualTo("elicitation/create");
            assertThat(request.path("params").path("message").asText()).isEqualTo("What is your name?");
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":" + request.path("id") + ",\"result\":"
                    + "{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}");
            JsonNode response = stream.nextMessage();
            assertThat(response.path("id").asInt()).isEqualTo(7);
            assertThat(response.path("result")).isEqualTo(McpHttp.textResult("Hello, Ada!"));
        }
    }

    @Test
    void requestsOfOneRoundAreAllAskedAndTheStateIsCarriedInMemory() {
        String session = McpSessions.open(ALL);
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("summarize", "{}"))) {
            Map<String, JsonNode> asked = new HashMap<>();
            for (int i = 0; i < 2; i++) {
                JsonNode request = stream.nextMessage();
                asked.put(request.path("method").asText(), request.path("id"));
            }
            assertThat(asked).containsOnlyKeys("sampling/createMessage", "elicitation/create");
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":" + asked.get("sampling/createMessage")
                    + ",\"result\":{\"role\":\"assistant\",\"content\":{\"type\":\"text\",\"text\":\"Short\"},"
                    + "\"model\":\"m\"}}");
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":" + asked.get("elicitation/create")
                    + ",\"result\":{\"action\":\"accept\",\"content\":{\"publish\":false}}}");
            assertThat(stream.nextMessage().path("result")).isEqualTo(McpHttp.textResult("Short / false"));
        }

        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("travel", "{\"who\":\"Ada\"}"))) {
            // round one only sets state; round two asks for the city
            JsonNode request = stream.nextMessage();
            assertThat(request.path("params").path("message").asText()).isEqualTo("Which city?");
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":" + request.path("id") + ",\"result\":"
                    + "{\"action\":\"accept\",\"content\":{\"city\":\"Turin\"}}}");
            assertThat(stream.nextMessage().path("result"))
                    .isEqualTo(McpHttp.textResult("Ada goes to Turin (state: " + "plan: ask for the city next" + ")"));
        }
    }

    @Test
    void rootsAreListedOverTheSession() {
        String session = McpSessions.open(ALL);
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("roots", "{}"))) {
            JsonNode request = stream.nextMessage();
            assertThat(request.path("method").asText()).isEqualTo("roots/list");
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":" + request.path("id") + ",\"result\":"
                    + "{\"roots\":[{\"uri\":\"file:///src\",\"name\":\"Sources\"}]}}");
            assertThat(stream.nextMessage().path("result")).isEqualTo(McpHttp.textResult("file:///src Sources"));
        }
    }

    @Test
    void aToolThatNeverStopsAskingEndsWithAToolError() {
        String session = McpSessions.open(ALL);
        assertThat(McpHttp.callToolResult(session, "insatiable", "{}"))
                .isEqualTo(McpHttp.errorResult("The tool 'insatiable' asked for client input too many times."));
    }

    @Test
    void aRequestTheClientDidNotDeclareIsAToolError() {
        String session = McpSessions.open("{}");
        assertThat(McpHttp.callToolResult(session, "greet", "{}")).isEqualTo(McpHttp.errorResult(
                "The request needs form elicitation, and the client did not declare the elicitation capability it"
                        + " needs"));
    }

    @Test
    void aPromptCannotAskOverASession() {
        String session = McpSessions.open(ALL);
        JsonNode error = McpHttp.json(McpHttp.request(session, "prompts/get", "{\"name\":\"essay\"}").asString())
                .path("error");
        assertThat(error).isEqualTo(McpHttp.json("{\"code\":-32603,\"message\":\"The prompt 'essay' needs client"
                + " input, which only protocol revision 2026-07-28 can carry to a prompt\"}"));
    }
}
