package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class WrongArgumentTypeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String reserve(String sku, int quantity, boolean express) {
            return sku + " x" + quantity;
        }
    }

    @Test
    void stringForIntegerIsAnErrorResultNamingTheArgumentAndExpectedType() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve",
                "{\"sku\":\"A1\",\"quantity\":\"three\",\"express\":false}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'quantity': expected an integer"));
    }

    @Test
    void objectForBooleanIsAnErrorResultNamingTheArgumentAndExpectedType() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve",
                "{\"sku\":\"A1\",\"quantity\":3,\"express\":{\"fast\":true}}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'express': expected a boolean"));
    }

    @Test
    void arrayForStringIsAnErrorResultNamingTheArgumentAndExpectedType() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve",
                "{\"sku\":[\"A1\"],\"quantity\":3,\"express\":false}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'sku': expected a string"));
    }
}
