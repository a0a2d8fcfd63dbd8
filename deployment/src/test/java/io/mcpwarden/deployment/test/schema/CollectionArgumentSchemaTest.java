package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class CollectionArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Line.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Line(String sku, int quantity) {
    }

    static class Tools {

        @Tool
        String restock(List<Line> lines, Set<String> warehouses, Line[] backorders, int[] bins) {
            return "";
        }
    }

    @Test
    void listsSetsAndArraysAreArraysOfTheirElementSchema() {
        assertThat(McpHttp.toolDescriptor("restock").get("inputSchema")).isEqualTo(McpHttp
                .json("""
                        {"type":"object",
                         "properties":{
                           "lines":{"type":"array","items":{"$ref":"#/$defs/Line"}},
                           "warehouses":{"type":"array","items":{"type":"string"}},
                           "backorders":{"type":"array","items":{"$ref":"#/$defs/Line"}},
                           "bins":{"type":"array","items":{"type":"integer","format":"int32"}}},
                         "required":["lines","warehouses","backorders","bins"],
                         "additionalProperties":false,
                         "$defs":{"Line":{"type":"object","properties":{
                            "sku":{"type":"string"},"quantity":{"type":"integer","format":"int32"}},"additionalProperties":false}}}"""));
    }
}
