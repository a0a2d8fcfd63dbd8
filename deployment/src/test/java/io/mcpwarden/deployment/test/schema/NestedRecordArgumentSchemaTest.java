package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class NestedRecordArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Customer.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Customer(String name, int loyaltyPoints) {
    }

    record Order(String id, Customer customer) {
    }

    static class Tools {

        @Tool
        String placeOrder(Order order) {
            return "";
        }
    }

    @Test
    void recordArgumentDescribesItsNestedRecord() {
        assertThat(McpHttp.toolDescriptor("placeOrder").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"order":{"type":"object","properties":{
                    "id":{"type":"string"},
                    "customer":{"type":"object","properties":{
                       "name":{"type":"string"},"loyaltyPoints":{"type":"integer","format":"int32"}},
                     "additionalProperties":false}},
                  "additionalProperties":false}},
                 "required":["order"],"additionalProperties":false}"""));
    }
}
