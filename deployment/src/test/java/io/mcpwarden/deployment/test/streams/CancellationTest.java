package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Cancellation;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code notifications/cancelled} stops a call in flight: the tool sees it, an asynchronous result is cancelled, and
 * no JSON-RPC response is sent; only the session that made the request can cancel it.
 */
class CancellationTest {

    static final CountDownLatch STARTED = new CountDownLatch(1);
    static final CountDownLatch FINISHED = new CountDownLatch(1);
    static volatile boolean observed;
    static final CountDownLatch ASYNC_STARTED = new CountDownLatch(1);
    static final CompletableFuture<String> PENDING = new CompletableFuture<>();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class, CancellationTest.class,
                    io.mcpwarden.deployment.test.auth.AuditRecorder.class));

    @jakarta.inject.Inject
    io.mcpwarden.deployment.test.auth.AuditRecorder audit;

    static class Tools {
        @Tool
        String waitForCancel(Cancellation cancellation) throws InterruptedException {
            CountDownLatch cancelled = new CountDownLatch(1);
            cancellation.onCancel(cancelled::countDown);
            STARTED.countDown();
            cancelled.await(60, TimeUnit.SECONDS);
            observed = cancellation.isCancelled();
            FINISHED.countDown();
            return "finished anyway";
        }

        @Tool
        CompletableFuture<String> never() {
            ASYNC_STARTED.countDown();
            return PENDING;
        }
    }

    @Test
    void cancelledCallGetsNoResponseAndTheToolSeesIt() throws Exception {
        String session = McpSessions.open("{}");
        String other = McpSessions.open("{}");
        CompletableFuture<SseClient> call = CompletableFuture
                .supplyAsync(() -> SseClient.post(session, McpSessions.toolCall("waitForCancel", "{}")));
        assertThat(STARTED.await(60, TimeUnit.SECONDS)).isTrue();
        // Another session cannot cancel it, even with the same request id.
        McpSessions.send(other, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7}}");
        assertThat(FINISHED.getCount()).isEqualTo(1);
        McpSessions.send(session, """
                {"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":7,"reason":"user"}}""");
        try (SseClient response = call.get(60, TimeUnit.SECONDS)) {
            assertThat(response.status()).isEqualTo(202);
            assertThat(response.body()).isEmpty();
        }
        assertThat(FINISHED.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(observed).isTrue();
        // Cancelling an unknown or finished request is ignored, and the session goes on.
        McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7}}");
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
    }

    @Test
    void cancellingAnAsyncCallCancelsItsResult() throws Exception {
        String session = McpSessions.open("{}");
        CompletableFuture<SseClient> call = CompletableFuture
                .supplyAsync(() -> SseClient.post(session, McpSessions.toolCall("never", "{}")));
        assertThat(ASYNC_STARTED.await(60, TimeUnit.SECONDS)).isTrue();
        McpSessions.send(session,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"7\"}}");
        // A string id "7" is not the number 7: the call goes on.
        assertThat(PENDING.isCancelled()).isFalse();
        McpSessions.send(session, "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":7}}");
        try (SseClient response = call.get(60, TimeUnit.SECONDS)) {
            assertThat(response.status()).isEqualTo(202);
        }
        assertThat(PENDING.isCancelled()).isTrue();
        assertThat(audit.events()).filteredOn(e -> "never".equals(e.target()))
                .extracting(io.mcpwarden.audit.AuditEvent::outcome)
                .containsExactly(io.mcpwarden.audit.AuditEvent.Outcome.CANCELLED);
    }
}
