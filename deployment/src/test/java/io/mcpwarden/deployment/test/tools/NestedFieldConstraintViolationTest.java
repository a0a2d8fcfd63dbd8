package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class NestedFieldConstraintViolationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Line.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Line(@NotBlank String sku, @Positive int quantity) {
    }

    record Order(@NotBlank String customer, List<@Valid Line> lines) {
    }

    static class Tools {

        @Tool
        String placeOrder(@Valid Order order) {
            return order.customer() + ":" + order.lines().size();
        }
    }

    @Test
    void violationInANestedRecordNamesThePathAndTheRule() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "placeOrder",
                "{\"order\":{\"customer\":\"ada\",\"lines\":[{\"sku\":\"A1\",\"quantity\":1},{\"sku\":\"B2\",\"quantity\":0}]}}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'order.lines[1].quantity': must be greater than 0"));
    }

    @Test
    void violationOnAFieldOfTheArgumentNamesThePathAndTheRule() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "placeOrder",
                "{\"order\":{\"customer\":\"\",\"lines\":[]}}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'order.customer': must not be blank"));
    }
}
