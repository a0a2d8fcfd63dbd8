package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ToolDescriptorTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool(name = "cancel-order", title = "Cancel an order", description = "Cancels an order that has not shipped", idempotentHint = true, openWorldHint = false)
        String cancel(String orderId) {
            return "";
        }

        @Tool(readOnlyHint = true)
        String ping() {
            return "pong";
        }
    }

    @Test
    void descriptorCarriesNameTitleDescriptionSchemaAndHints() {
        assertThat(McpHttp.toolDescriptor("cancel-order")).isEqualTo(McpHttp.json("""
                {"name":"cancel-order","title":"Cancel an order","description":"Cancels an order that has not shipped",
                 "inputSchema":{"type":"object","properties":{"orderId":{"type":"string"}},"required":["orderId"],
                   "additionalProperties":false},
                 "annotations":{"title":"Cancel an order","readOnlyHint":false,"destructiveHint":true,
                   "idempotentHint":true,"openWorldHint":false}}"""));
    }

    @Test
    void toolWithoutParametersHasAnEmptyObjectSchemaAndReadOnlyToolOmitsWriteHints() {
        assertThat(McpHttp.toolDescriptor("ping")).isEqualTo(McpHttp.json("""
                {"name":"ping",
                 "inputSchema":{"type":"object","properties":{},"additionalProperties":false},
                 "annotations":{"readOnlyHint":true,"openWorldHint":true}}"""));
    }
}
