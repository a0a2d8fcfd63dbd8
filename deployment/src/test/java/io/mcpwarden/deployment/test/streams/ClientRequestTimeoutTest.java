package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A request to the client that gets no answer within {@code quarkus.warden.client-requests.timeout} fails the tool
 * with a clear error, and a late answer is ignored.
 */
class ClientRequestTimeoutTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.client-requests.timeout", "500ms")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    static class Tools {
        @Tool
        CompletionStage<String> ask(Sampling sampling) {
            return sampling.createMessage(SamplingRequest.builder().user("q").build()).thenApply(SamplingResult::text);
        }
    }

    @Test
    void unansweredRequestFailsTheToolAndALateAnswerIsIgnored() {
        String session = McpSessions.open("{\"sampling\":{}}");
        String id;
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("ask", "{}"))) {
            id = stream.nextMessage().path("id").asText();
            assertThat(stream.nextMessage().path("result")).isEqualTo(McpHttp.errorResult(
                    "The client did not answer the sampling/createMessage request in time"));
        }
        McpSessions.send(session, """
                {"jsonrpc":"2.0","id":"%s","result":{"role":"assistant","content":{"type":"text","text":"late"}}}"""
                .formatted(id));
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
    }
}
