package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A tool asks the client's model through {@code sampling/createMessage}: the request goes on the tool call's stream,
 * the client's answer (a POSTed response in the same session) completes it, and the result follows.
 */
class SamplingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    static class Tools {
        @Tool
        CompletionStage<String> ask(String question, Sampling sampling) {
            return sampling.createMessage(SamplingRequest.builder().user(question).maxTokens(50)
                    .systemPrompt("Be brief").modelHint("claude").build())
                    .thenApply(result -> result.model() + " says " + result.text());
        }

        @Tool
        String askAndWait(Sampling sampling) throws Exception {
            SamplingResult result = sampling.createMessage(SamplingRequest.builder().user("Hi").build())
                    .toCompletableFuture().get(60, TimeUnit.SECONDS);
            return "supported: " + sampling.supported() + ", " + result.role() + ": " + result.text();
        }
    }

    private static final String ANSWER = """
            {"jsonrpc":"2.0","id":"%s","result":{"role":"assistant","content":{"type":"text","text":"%s"},
             "model":"m1","stopReason":"endTurn"}}""";

    @Test
    void theModelsAnswerCompletesTheTool() {
        String session = McpSessions.open("{\"sampling\":{}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("ask", "{\"question\":\"2+2?\"}"))) {
            JsonNode request = stream.nextMessage();
            String id = request.path("id").asText();
            assertThat(request).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","id":"%s","method":"sampling/createMessage","params":{
                     "messages":[{"role":"user","content":{"type":"text","text":"2+2?"}}],"maxTokens":50,
                     "systemPrompt":"Be brief","modelPreferences":{"hints":[{"name":"claude"}]}}}""".formatted(id)));
            McpSessions.send(session, ANSWER.formatted(id, "4"));
            assertThat(stream.nextMessage()).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"m1 says 4"}]}}"""));
            assertThat(stream.next()).isNull();
        }
    }

    @Test
    void aToolOnAWorkerThreadMayWaitForTheAnswer() {
        String session = McpSessions.open("{\"sampling\":{}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("askAndWait", "{}"))) {
            String id = stream.nextMessage().path("id").asText();
            McpSessions.send(session, ANSWER.formatted(id, "hello"));
            assertThat(stream.nextMessage().path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("supported: true, assistant: hello");
        }
    }

    @Test
    void anAnswerFromAnotherSessionIsIgnored() {
        String session = McpSessions.open("{\"sampling\":{}}");
        String intruder = McpSessions.open("{\"sampling\":{}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("ask", "{\"question\":\"q\"}"))) {
            String id = stream.nextMessage().path("id").asText();
            McpSessions.send(intruder, ANSWER.formatted(id, "forged"));
            McpSessions.send(session, ANSWER.formatted(id, "genuine"));
            assertThat(stream.nextMessage().path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("m1 says genuine");
        }
    }

    @Test
    void aClientErrorBecomesAToolError() {
        String session = McpSessions.open("{\"sampling\":{}}");
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("ask", "{\"question\":\"q\"}"))) {
            String id = stream.nextMessage().path("id").asText();
            McpSessions.send(session, """
                    {"jsonrpc":"2.0","id":"%s","error":{"code":-1,"message":"User rejected sampling request"}}"""
                    .formatted(id));
            assertThat(stream.nextMessage().path("result")).isEqualTo(McpHttp.errorResult(
                    "The client refused the sampling/createMessage request: User rejected sampling request"));
        }
    }

    @Test
    void withoutTheCapabilityTheToolGetsAClearError() {
        String session = McpSessions.open("{}");
        assertThat(McpHttp.callToolResult(session, "ask", "{\"question\":\"q\"}")).isEqualTo(McpHttp.errorResult(
                "The client does not support sampling: it did not declare the sampling capability"));
    }
}
