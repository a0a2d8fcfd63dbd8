package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class RequestScopedBeanInToolTest {

    static final AtomicInteger CREATED = new AtomicInteger();
    static final AtomicInteger DESTROYED = new AtomicInteger();

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, CallAudit.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    @RequestScoped
    static class CallAudit {

        private final int instance = CREATED.incrementAndGet();
        private int entries;

        String record() {
            entries++;
            return "instance " + instance + " entries " + entries;
        }

        @PreDestroy
        void destroy() {
            DESTROYED.incrementAndGet();
        }
    }

    static class Tools {

        @Inject
        CallAudit audit;

        @Tool
        String audited() {
            audit.record();
            return audit.record();
        }

        @Tool
        Uni<String> auditedLater() {
            audit.record();
            return Uni.createFrom().item(() -> audit.record());
        }
    }

    @Test
    void requestScopedBeanLivesForOneCall() throws InterruptedException {
        String session = McpHttp.openSession();
        int destroyedBefore = DESTROYED.get();
        String first = text(McpHttp.callToolResult(session, "audited", "{}"));
        String second = text(McpHttp.callToolResult(session, "audited", "{}"));
        assertThat(first).endsWith(" entries 2");
        assertThat(second).endsWith(" entries 2").isNotEqualTo(first);
        assertThat(destroyedSince(destroyedBefore, 2)).isEqualTo(2);
    }

    // The context ends right after the result is handed over, possibly just after the response was written.
    private static int destroyedSince(int before, int expected) throws InterruptedException {
        for (int i = 0; i < 100 && DESTROYED.get() - before < expected; i++) {
            Thread.sleep(20);
        }
        return DESTROYED.get() - before;
    }

    @Test
    void requestScopedBeanIsActiveUntilAnAsyncToolCompletes() {
        assertThat(text(McpHttp.callToolResult(McpHttp.openSession(), "auditedLater", "{}"))).endsWith(" entries 2");
    }

    private static String text(com.fasterxml.jackson.databind.JsonNode result) {
        return result.get("content").get(0).get("text").asText();
    }
}
