package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Cancellation;
import io.mcpwarden.Tool;
import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuditRecorder;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A tool that hangs past {@code quarkus.warden.tools.timeout}: the caller gets a tool error at once, the thread running
 * it is interrupted (and free for the next call), an asynchronous result is cancelled, a cooperative tool sees its
 * {@code Cancellation}; a per-tool timeout replaces the default.
 */
class ToolTimeoutTest {

    static final CountDownLatch INTERRUPTED = new CountDownLatch(1);
    static final CountDownLatch COOPERATIVE_STOPPED = new CountDownLatch(1);
    static final CompletableFuture<String> NEVER = new CompletableFuture<>();
    static final AtomicBoolean STALE_INTERRUPT = new AtomicBoolean();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, AuditRecorder.class,
                    ToolTimeoutTest.class))
            .overrideConfigKey("quarkus.http.test-port", "0")
            .overrideConfigKey("quarkus.warden.tools.timeout", "1S")
            .overrideConfigKey("quarkus.warden.tools.timeouts.slow_but_allowed", "30S")
            // one worker thread: the call after a timeout can only run if the hung tool's thread was freed
            .overrideConfigKey("quarkus.vertx.worker-pool-size", "1");

    @Inject
    AuditRecorder audit;

    static class Tools {

        @Tool(name = "hang")
        String hang() {
            try {
                Thread.sleep(120_000);
                return "woke up";
            } catch (InterruptedException e) {
                INTERRUPTED.countDown();
                return "interrupted";
            }
        }

        @Tool(name = "hang_async")
        CompletableFuture<String> hangAsync() {
            return NEVER;
        }

        @Tool(name = "hang_cooperatively")
        String hangCooperatively(Cancellation cancellation) {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!cancellation.isCancelled() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            if (cancellation.isCancelled()) {
                COOPERATIVE_STOPPED.countDown();
            }
            return "stopped";
        }

        @Tool(name = "slow_but_allowed")
        String slowButAllowed() throws InterruptedException {
            Thread.sleep(1_500);
            return "done";
        }

        @Tool(name = "quick")
        String quick() {
            STALE_INTERRUPT.set(Thread.currentThread().isInterrupted());
            return "quick";
        }
    }

    @BeforeEach
    void clearAudit() {
        audit.clear();
    }

    @Test
    void aHungBlockingToolGetsATimeoutErrorAndItsThreadIsInterruptedAndFreed() throws Exception {
        String session = McpHttp.openSession();

        assertThat(McpHttp.callToolResult(session, "hang", "{}"))
                .isEqualTo(McpHttp.errorResult("The tool 'hang' did not finish within 1 second and was stopped."));
        assertThat(INTERRUPTED.await(30, TimeUnit.SECONDS)).isTrue();

        // The only worker thread is free again, and its interrupt flag was cleared before it ran this call.
        assertThat(McpHttp.callToolResult(session, "quick", "{}")).isEqualTo(McpHttp.textResult("quick"));
        assertThat(STALE_INTERRUPT).isFalse();
        assertThat(audit.events()).filteredOn(e -> "hang".equals(e.target())).singleElement()
                .satisfies(e -> assertThat(e.outcome()).isEqualTo(AuditEvent.Outcome.TOOL_ERROR));
    }

    @Test
    void aHungAsynchronousToolGetsATimeoutErrorAndItsResultIsCancelled() {
        String session = McpHttp.openSession();

        assertThat(McpHttp.callToolResult(session, "hang_async", "{}")).isEqualTo(
                McpHttp.errorResult("The tool 'hang_async' did not finish within 1 second and was stopped."));
        assertThat(NEVER).isCancelled();
    }

    @Test
    void aToolThatWatchesItsCancellationSeesTheTimeout() throws Exception {
        String session = McpHttp.openSession();

        assertThat(McpHttp.callToolResult(session, "hang_cooperatively", "{}")).isEqualTo(McpHttp
                .errorResult("The tool 'hang_cooperatively' did not finish within 1 second and was stopped."));
        assertThat(COOPERATIVE_STOPPED.await(30, TimeUnit.SECONDS)).isTrue();
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
    }

    @Test
    void aPerToolTimeoutReplacesTheDefault() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "slow_but_allowed", "{}"))
                .isEqualTo(McpHttp.textResult("done"));
    }
}
