package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.McpLog;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * SSE polling: with {@code max-connection-time} the server closes a streamed response's connection (after a retry
 * field) while the tool still works; the client resumes with {@code Last-Event-ID} and gets every missed event once,
 * then the result.
 */
class StreamResumptionTest {

    static final CountDownLatch RELEASE = new CountDownLatch(1);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.streams.max-connection-time", "300ms")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class, StreamResumptionTest.class));

    static class Tools {
        @Tool
        String slowImport(McpLog log) throws InterruptedException {
            log.info("step 1");
            RELEASE.await(60, TimeUnit.SECONDS);
            log.info("step 2");
            log.info("step 3");
            return "done";
        }
    }

    @Test
    void clientPollsTheStreamUntilTheResult() {
        String session = McpSessions.open("{}");
        String lastEventId;
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("slowImport", "{}"))) {
            List<SseClient.Event> events = stream.rest();
            assertThat(events.get(0).data()).isEmpty();
            assertThat(events.get(1).json().path("params").path("data").asText()).isEqualTo("step 1");
            SseClient.Event last = events.get(events.size() - 1);
            assertThat(last.retry()).isEqualTo(1000L);
            assertThat(last.data()).isEmpty();
            lastEventId = events.get(1).id();
        }
        RELEASE.countDown();
        List<JsonNode> received = new ArrayList<>();
        while (received.isEmpty() || !received.get(received.size() - 1).has("id")) {
            try (SseClient resumed = SseClient.get(session, lastEventId)) {
                assertThat(resumed.status()).isEqualTo(200);
                for (SseClient.Event event : resumed.rest()) {
                    if (!event.data().isEmpty()) {
                        received.add(event.json());
                        lastEventId = event.id();
                    }
                }
            }
        }
        assertThat(received).containsExactly(
                McpHttp.json("""
                        {"jsonrpc":"2.0","method":"notifications/message",
                         "params":{"level":"info","logger":"slowImport","data":"step 2"}}"""),
                McpHttp.json("""
                        {"jsonrpc":"2.0","method":"notifications/message",
                         "params":{"level":"info","logger":"slowImport","data":"step 3"}}"""),
                McpHttp.json("""
                        {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"done"}]}}"""));
        try (SseClient again = SseClient.get(session, lastEventId)) {
            assertThat(again.status()).isEqualTo(400);
        }
    }

    @Test
    void getStreamIsClosedWithARetryAndCanBeResumed() {
        String session = McpSessions.open("{}");
        String primingId;
        try (SseClient stream = SseClient.get(session, null)) {
            List<SseClient.Event> events = stream.rest();
            primingId = events.get(0).id();
            assertThat(events.get(events.size() - 1).retry()).isEqualTo(1000L);
        }
        try (SseClient resumed = SseClient.get(session, primingId)) {
            assertThat(resumed.status()).isEqualTo(200);
        }
    }
}
