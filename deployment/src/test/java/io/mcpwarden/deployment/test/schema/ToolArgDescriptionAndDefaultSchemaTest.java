package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ToolArgDescriptionAndDefaultSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String listOrders(@ToolArg(name = "customer-id", description = "The customer whose orders to list") String customer,
                @ToolArg(description = "How many orders at most", defaultValue = "10") int limit,
                @ToolArg(defaultValue = "open") String state,
                @ToolArg(required = false) String note) {
            return "";
        }
    }

    @Test
    void descriptionNameAndDefaultsComeFromToolArg() {
        assertThat(McpHttp.toolDescriptor("listOrders").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{
                   "customer-id":{"type":"string","description":"The customer whose orders to list"},
                   "limit":{"type":"integer","format":"int32","description":"How many orders at most","default":10},
                   "state":{"type":"string","default":"open"},
                   "note":{"type":"string"}},
                 "required":["customer-id"],"additionalProperties":false}"""));
    }
}
