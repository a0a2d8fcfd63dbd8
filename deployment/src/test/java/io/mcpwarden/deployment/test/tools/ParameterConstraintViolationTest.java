package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ParameterConstraintViolationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String reserve(@NotBlank String sku, @ToolArg(name = "qty") @Min(1) int quantity) {
            return sku + " x" + quantity;
        }
    }

    @Test
    void violatedConstraintIsAnErrorResultNamingTheArgumentAndTheRule() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"sku\":\"A1\",\"qty\":0}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'qty': must be greater than or equal to 1"));
    }

    @Test
    void everyViolationIsReported() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"sku\":\"  \",\"qty\":0}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'qty': must be greater than or equal to 1; "
                        + "Invalid argument 'sku': must not be blank"));
    }

    @Test
    void validArgumentsReachTheTool() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "reserve", "{\"sku\":\"A1\",\"qty\":2}"))
                .isEqualTo(McpHttp.textResult("A1 x2"));
    }
}
