package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class EnumArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Status.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    enum Status {
        PENDING,
        SHIPPED,
        CANCELLED
    }

    static class Tools {

        @Tool
        String countOrders(Status status) {
            return "";
        }
    }

    @Test
    void enumArgumentListsEveryConstant() {
        assertThat(McpHttp.toolDescriptor("countOrders").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"status":{"type":"string","enum":["PENDING","SHIPPED","CANCELLED"]}},
                 "required":["status"],"additionalProperties":false}"""));
    }
}
