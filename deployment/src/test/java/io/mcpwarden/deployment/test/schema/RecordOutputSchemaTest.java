package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class RecordOutputSchemaTest {

    private static final String ORDER_SCHEMA = """
            {"type":"object","properties":{
               "id":{"type":"string"},
               "lines":{"type":"array","items":{"type":"object","properties":{
                  "sku":{"type":"string"},"quantity":{"type":"integer","format":"int32"}},"additionalProperties":false}},
               "total":{"type":"number","format":"double"}},
             "additionalProperties":false}""";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Line.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Line(String sku, int quantity) {
    }

    record Order(String id, List<Line> lines, double total) {
    }

    static class Tools {

        @Tool
        Order getOrder(String id) {
            return null;
        }

        @Tool
        Uni<Order> fetchOrder(String id) {
            return null;
        }

        @Tool
        String describeOrder(String id) {
            return "";
        }
    }

    @Test
    void recordReturnTypeHasOutputSchema() {
        assertThat(McpHttp.toolDescriptor("getOrder").get("outputSchema")).isEqualTo(McpHttp.json(ORDER_SCHEMA));
    }

    @Test
    void uniOfRecordHasTheOutputSchemaOfTheRecord() {
        assertThat(McpHttp.toolDescriptor("fetchOrder").get("outputSchema")).isEqualTo(McpHttp.json(ORDER_SCHEMA));
    }

    @Test
    void textReturnTypeHasNoOutputSchema() {
        assertThat(McpHttp.toolDescriptor("describeOrder").has("outputSchema")).isFalse();
    }
}
