package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class MissingRequiredArgumentTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String cancel(@ToolArg(name = "order-id") String orderId, @ToolArg(required = false) String reason) {
            return orderId + "/" + reason;
        }
    }

    @Test
    void missingRequiredArgumentIsAnErrorResultNamingIt() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "cancel", "{\"reason\":\"late\"}"))
                .isEqualTo(McpHttp.errorResult("Missing required argument 'order-id'"));
    }

    @Test
    void absentArgumentsObjectIsTreatedAsEmpty() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "cancel", "null"))
                .isEqualTo(McpHttp.errorResult("Missing required argument 'order-id'"));
    }

    @Test
    void missingOptionalArgumentIsNull() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "cancel", "{\"order-id\":\"42\"}"))
                .isEqualTo(McpHttp.textResult("42/null"));
    }
}
