package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class NullForPrimitiveArgumentTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String reserve(int quantity, Integer warehouse) {
            return quantity + "@" + warehouse;
        }
    }

    @Test
    void nullForPrimitiveIsAnErrorResultNamingTheArgument() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"quantity\":null,\"warehouse\":1}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'quantity': must not be null"));
    }

    @Test
    void nullForBoxedTypeBindsNull() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"quantity\":1,\"warehouse\":null}"))
                .isEqualTo(McpHttp.textResult("1@null"));
    }
}
