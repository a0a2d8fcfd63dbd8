package io.mcpwarden.deployment.test.observability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.runtime.tracing.McpTracing;
import io.quarkus.arc.Arc;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An application without quarkus-opentelemetry: the extension does not bring OpenTelemetry in, registers no tracing
 * bean, and serves tool calls with no span at all.
 */
class WithoutOpenTelemetryTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, McpHttp.class));

    public static class Greeter {
        @Tool(description = "Greets")
        String greet() {
            return "hello";
        }
    }

    @Test
    void noTracingBeanAndNoOpenTelemetryClasses() {
        assertThat(Arc.container().instance(McpTracing.class).isAvailable()).isFalse();
        assertThatThrownBy(() -> Class.forName("io.opentelemetry.api.trace.Span", false,
                Thread.currentThread().getContextClassLoader())).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void toolCallsAreServedWithoutSpans() {
        String session = McpHttp.openSession();

        assertThat(McpHttp.callToolResult(session, "greet", "{}")).isEqualTo(McpHttp.textResult("hello"));
    }
}
