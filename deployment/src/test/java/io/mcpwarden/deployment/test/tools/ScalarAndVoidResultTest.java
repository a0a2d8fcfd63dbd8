package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ScalarAndVoidResultTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String status() {
            return "all systems go";
        }

        @Tool
        int count() {
            return 42;
        }

        @Tool
        void touch() {
        }
    }

    @Test
    void stringIsOneTextBlock() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "status", "{}"))
                .isEqualTo(McpHttp.textResult("all systems go"));
    }

    @Test
    void intIsOneTextBlockWithItsDecimalForm() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "count", "{}")).isEqualTo(McpHttp.textResult("42"));
    }

    @Test
    void voidIsAResultWithNoContent() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "touch", "{}"))
                .isEqualTo(McpHttp.json("{\"content\":[]}"));
    }
}
