package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolCallException;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class FailedAsyncToolTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        Uni<String> failingUni() {
            return Uni.createFrom().failure(new IllegalStateException("db password is hunter2"));
        }

        @Tool
        CompletionStage<String> failingStage() {
            return CompletableFuture.supplyAsync(() -> {
                throw new IllegalArgumentException("internal detail");
            });
        }

        @Tool
        Uni<String> refusingUni(String orderId) {
            return Uni.createFrom().failure(new ToolCallException("Order " + orderId + " is already shipped"));
        }

        @Tool
        Uni<String> throwingBeforeUni() {
            throw new IllegalStateException("thrown while building the Uni");
        }
    }

    @Test
    void uniFailureIsAGenericErrorResultWithoutDetails() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "failingUni", "{}"))
                .isEqualTo(McpHttp.errorResult("The tool 'failingUni' failed. The server log has the details."));
    }

    @Test
    void completionStageFailureIsAGenericErrorResultWithoutDetails() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "failingStage", "{}"))
                .isEqualTo(McpHttp.errorResult("The tool 'failingStage' failed. The server log has the details."));
    }

    @Test
    void toolCallExceptionInsideUniKeepsItsMessage() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "refusingUni", "{\"orderId\":\"42\"}"))
                .isEqualTo(McpHttp.errorResult("Order 42 is already shipped"));
    }

    @Test
    void exceptionThrownBeforeTheUniExistsIsAGenericErrorResult() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "throwingBeforeUni", "{}"))
                .isEqualTo(McpHttp.errorResult("The tool 'throwingBeforeUni' failed. The server log has the details."));
    }
}
