package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.Elicitation;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A tool asks the user through {@code elicitation/create}: form mode with defaults and enums, and URL mode, each
 * only when the client declared it; the completion of a URL-mode interaction is announced to the session that sent
 * it ({@code notifications/elicitation/complete}).
 */
class ElicitationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    @jakarta.inject.Inject
    io.mcpwarden.UrlElicitations elicitations;

    static class Tools {
        @Tool
        CompletionStage<String> book(Elicitation elicitation) {
            ElicitationSchema schema = ElicitationSchema.builder()
                    .string("name", "Your name", "Ada", true).describe("As on the booking")
                    .integer("guests", "Guests", 1, 12, 2, true)
                    .number("budget", null, 0.0, null, null, false)
                    .bool("terrace", "Terrace", false, false)
                    .singleSelect("time", "Time", List.of("19", "21"), List.of("7 pm", "9 pm"), "19", true)
                    .singleSelect("menu", null, List.of("short", "long"), null, null, false)
                    .singleSelectWithEnumNames("room", null, List.of("a", "b"), List.of("Room A", "Room B"), "b", false)
                    .multiSelect("extras", "Extras", List.of("cake", "wine"), null, List.of("cake"), false)
                    .build();
            return elicitation.form("Booking details?", schema)
                    .thenApply(answer -> answer.action() + " " + new java.util.TreeMap<>(answer.content()));
        }

        @Tool
        CompletionStage<String> pay(Elicitation elicitation) {
            return elicitation.url("Please pay on the provider's page", "https://pay.example.com/c/42", "pay-42")
                    .thenApply(answer -> answer.action() + " " + answer.content());
        }
    }

    @Test
    void formModeSendsTheSchemaAndReturnsTheAnswer() {
        String session = McpSessions.open("{\"elicitation\":{\"form\":{}}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("book", "{}"))) {
            JsonNode request = stream.nextMessage();
            String id = request.path("id").asText();
            assertThat(request).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","id":"%s","method":"elicitation/create","params":{"mode":"form",
                     "message":"Booking details?","requestedSchema":{"type":"object","properties":{
                      "name":{"type":"string","title":"Your name","default":"Ada","description":"As on the booking"},
                      "guests":{"type":"integer","title":"Guests","minimum":1,"maximum":12,"default":2},
                      "budget":{"type":"number","minimum":0.0},
                      "terrace":{"type":"boolean","title":"Terrace","default":false},
                      "time":{"type":"string","title":"Time","oneOf":[{"const":"19","title":"7 pm"},
                              {"const":"21","title":"9 pm"}],"default":"19"},
                      "menu":{"type":"string","enum":["short","long"]},
                      "room":{"type":"string","enum":["a","b"],"enumNames":["Room A","Room B"],"default":"b"},
                      "extras":{"type":"array","title":"Extras","items":{"type":"string","enum":["cake","wine"]},
                                "default":["cake"]}},
                     "required":["name","guests","time"]}}}""".formatted(id)));
            McpSessions.send(session, """
                    {"jsonrpc":"2.0","id":"%s","result":{"action":"accept","content":{"name":"Ada","guests":4,
                     "time":"21","extras":["cake","wine"]}}}""".formatted(id));
            assertThat(stream.nextMessage().path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("ACCEPT {extras=[cake, wine], guests=4, name=Ada, time=21}");
        }
    }

    @Test
    void declineCarriesNoContent() {
        String session = McpSessions.open("{\"elicitation\":{}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("book", "{}"))) {
            String id = stream.nextMessage().path("id").asText();
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"result\":{\"action\":\"decline\"}}");
            assertThat(stream.nextMessage().path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("DECLINE {}");
        }
    }

    @Test
    void urlModeNeedsTheUrlCapability() {
        String formOnly = McpSessions.open("{\"elicitation\":{}}");
        assertThat(McpHttp.callToolResult(formOnly, "pay", "{}")).isEqualTo(McpHttp.errorResult(
                "The client does not support URL elicitation: it did not declare elicitation.url"));
        String none = McpSessions.open("{}");
        assertThat(McpHttp.callToolResult(none, "book", "{}")).isEqualTo(McpHttp.errorResult(
                "The client does not support form elicitation: it did not declare the elicitation capability"));
    }

    @Test
    void urlModeSendsTheUrlAndItsId() {
        String session = McpSessions.open("{\"elicitation\":{\"url\":{}}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("pay", "{}"))) {
            JsonNode request = stream.nextMessage();
            String id = request.path("id").asText();
            assertThat(request.path("params")).isEqualTo(McpHttp.json("""
                    {"mode":"url","message":"Please pay on the provider's page","url":"https://pay.example.com/c/42",
                     "elicitationId":"pay-42"}"""));
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"result\":{\"action\":\"accept\"}}");
            assertThat(stream.nextMessage().path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("ACCEPT {}");
        }
    }

    @Test
    void theCompletionOfAUrlElicitationIsAnnouncedOnceToTheSessionThatSentIt() {
        String session = McpSessions.open("{\"elicitation\":{\"url\":{}}}");
        String bystander = McpSessions.open("{\"elicitation\":{\"url\":{}}}");
        try (SseClient get = SseClient.get(session, null); SseClient other = SseClient.get(bystander, null)) {
            get.next();
            other.next();
            assertThat(elicitations.complete("pay-42")).as("nothing was sent yet").isZero();
            try (SseClient call = SseClient.post(session, McpSessions.toolCall("pay", "{}"))) {
                String id = call.nextMessage().path("id").asText();
                McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id
                        + "\",\"result\":{\"action\":\"accept\"}}");
                call.nextMessage();
            }
            assertThat(elicitations.complete("another-id")).isZero();
            assertThat(elicitations.complete("pay-42")).isEqualTo(1);
            assertThat(get.nextMessage()).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","method":"notifications/elicitation/complete","params":{"elicitationId":"pay-42"}}"""));
            assertThat(elicitations.complete("pay-42")).as("announced once").isZero();
        }
    }

    @Test
    void anAnswerWithoutAValidActionIsAToolError() {
        String session = McpSessions.open("{\"elicitation\":{}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("book", "{}"))) {
            String id = stream.nextMessage().path("id").asText();
            McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"result\":{\"action\":\"maybe\"}}");
            assertThat(stream.nextMessage().path("result")).isEqualTo(McpHttp.errorResult(
                    "The client answered elicitation/create without a valid action"));
        }
    }
}
