package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

class ExecutionThreadTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String plain() {
            return Thread.currentThread().getName();
        }

        @NonBlocking
        @Tool
        String nonBlocking() {
            return Thread.currentThread().getName();
        }

        @Tool
        Uni<String> reactive() {
            return Uni.createFrom().item(Thread.currentThread().getName());
        }
    }

    @Test
    void plainMethodRunsOnAWorkerThread() {
        assertThat(threadOf("plain")).startsWith("executor-thread-");
    }

    @Test
    void nonBlockingMethodReturningAPlainValueRunsOnTheEventLoop() {
        assertThat(threadOf("nonBlocking")).startsWith("vert.x-eventloop-thread-");
    }

    @Test
    void methodReturningUniRunsOnTheEventLoop() {
        assertThat(threadOf("reactive")).startsWith("vert.x-eventloop-thread-");
    }

    private static String threadOf(String tool) {
        return McpHttp.callToolResult(McpHttp.openSession(), tool, "{}").get("content").get(0).get("text").asText();
    }
}
