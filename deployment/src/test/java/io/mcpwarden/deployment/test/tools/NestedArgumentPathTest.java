package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class NestedArgumentPathTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Line.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Line(String sku, int quantity) {
    }

    record Order(String customer, List<Line> lines) {
    }

    static class Tools {

        @Tool
        String placeOrder(Order order) {
            return order.customer() + ":" + order.lines().size();
        }
    }

    @Test
    void wrongTypeDeepInsideAnArgumentNamesTheFullPath() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "placeOrder",
                "{\"order\":{\"customer\":\"ada\",\"lines\":[{\"sku\":\"A1\",\"quantity\":\"two\"}]}}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'order.lines[0].quantity': expected an integer"));
    }

    @Test
    void unknownPropertyDeepInsideAnArgumentNamesTheFullPath() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "placeOrder",
                "{\"order\":{\"customer\":\"ada\",\"lines\":[{\"sku\":\"A1\",\"quantity\":1},"
                        + "{\"sku\":\"B\",\"quantity\":1,\"qty\":1}]}}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'order.lines[1]': unknown property 'qty'"));
    }

    @Test
    void missingPrimitiveDeepInsideAnArgumentNamesTheFullPath() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "placeOrder",
                "{\"order\":{\"customer\":\"ada\",\"lines\":[{\"sku\":\"A1\"}]}}"))
                .isEqualTo(McpHttp.errorResult("Invalid argument 'order.lines[0].quantity': must not be null or missing"));
    }

    @Test
    void wellFormedNestedArgumentBinds() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "placeOrder",
                "{\"order\":{\"customer\":\"ada\",\"lines\":[{\"sku\":\"A1\",\"quantity\":1}]}}"))
                .isEqualTo(McpHttp.textResult("ada:1"));
    }
}
