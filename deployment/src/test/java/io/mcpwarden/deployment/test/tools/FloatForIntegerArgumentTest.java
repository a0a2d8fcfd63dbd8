package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class FloatForIntegerArgumentTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String reserve(int quantity, Long warehouse) {
            return quantity + "@" + warehouse;
        }
    }

    @Test
    void fractionForPrimitiveIntIsAnErrorResultInsteadOfTruncation() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"quantity\":2.5,\"warehouse\":1}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'quantity': expected an integer"));
    }

    @Test
    void fractionForBoxedLongIsAnErrorResultInsteadOfTruncation() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"quantity\":2,\"warehouse\":1.5}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'warehouse': expected an integer"));
    }

    @Test
    void integralValuesBind() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"quantity\":2,\"warehouse\":7}"))
                .isEqualTo(McpHttp.textResult("2@7"));
    }
}
