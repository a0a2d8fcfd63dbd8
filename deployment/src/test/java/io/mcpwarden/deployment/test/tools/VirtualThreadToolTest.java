package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.RunOnVirtualThread;

class VirtualThreadToolTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @RunOnVirtualThread
        @Tool
        String where() {
            // Thread#toString names the class: "VirtualThread[#42,quarkus-virtual-thread-0]/runnable@..."
            return Thread.currentThread().toString();
        }
    }

    @Test
    void runOnVirtualThreadMethodRunsOnAVirtualThread() {
        String thread = McpHttp.callToolResult(McpHttp.openSession(), "where", "{}").get("content").get(0).get("text")
                .asText();
        if (Runtime.version().feature() >= 21) {
            assertThat(thread).startsWith("VirtualThread[").contains("quarkus-virtual-thread-");
        } else {
            // Before Java 21 Quarkus runs @RunOnVirtualThread work on its worker pool.
            assertThat(thread).contains("executor-thread-");
        }
    }
}
