package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class DefaultArgumentValueTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Status.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    enum Status {
        PENDING,
        SHIPPED
    }

    static class Tools {

        @Tool
        String listOrders(@ToolArg(defaultValue = "PENDING") Status status,
                @ToolArg(defaultValue = "2025-01-01") LocalDate since,
                @ToolArg(defaultValue = "[\"eu\",\"us\"]") List<String> regions,
                @ToolArg(defaultValue = "25") int limit,
                @ToolArg(defaultValue = "newest first") String order,
                Optional<String> customer) {
            return status + " " + since + " " + regions + " " + limit + " " + order + " " + customer;
        }
    }

    @Test
    void absentArgumentsTakeTheirDefaults() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "listOrders", "{}"))
                .isEqualTo(McpHttp.textResult("PENDING 2025-01-01 [eu, us] 25 newest first Optional.empty"));
    }

    @Test
    void sentArgumentsOverrideTheDefaults() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "listOrders",
                "{\"status\":\"SHIPPED\",\"since\":\"2024-12-24\",\"regions\":[],\"limit\":1,\"order\":\"oldest\","
                        + "\"customer\":\"ada\"}"))
                .isEqualTo(McpHttp.textResult("SHIPPED 2024-12-24 [] 1 oldest Optional[ada]"));
    }

    @Test
    void defaultsAreInTheInputSchema() {
        assertThat(McpHttp.toolDescriptor("listOrders").get("inputSchema").get("properties")).isEqualTo(McpHttp.json("""
                {"status":{"type":"string","enum":["PENDING","SHIPPED"],"default":"PENDING"},
                 "since":{"type":"string","format":"date","default":"2025-01-01"},
                 "regions":{"type":"array","items":{"type":"string"},"default":["eu","us"]},
                 "limit":{"type":"integer","format":"int32","default":25},
                 "order":{"type":"string","default":"newest first"},
                 "customer":{"type":"string"}}"""));
    }
}
