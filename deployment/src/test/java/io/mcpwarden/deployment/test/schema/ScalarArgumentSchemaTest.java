package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ScalarArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String scalars(int count, Integer boxedCount, long total, Long boxedTotal, double price, Double boxedPrice,
                float ratio, boolean active, Boolean boxedActive, short small, byte tiny, String label) {
            return "";
        }
    }

    @Test
    void primitivesBoxesAndStringsAreTypedAndRequired() {
        assertThat(McpHttp.toolDescriptor("scalars").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object","properties":{
                  "count":{"type":"integer","format":"int32"},"boxedCount":{"type":"integer","format":"int32"},
                  "total":{"type":"integer","format":"int64"},"boxedTotal":{"type":"integer","format":"int64"},
                  "price":{"type":"number","format":"double"},"boxedPrice":{"type":"number","format":"double"},
                  "ratio":{"type":"number","format":"float"},
                  "active":{"type":"boolean"},"boxedActive":{"type":"boolean"},
                  "small":{"type":"integer","minimum":-32768,"maximum":32767},
                  "tiny":{"type":"integer","minimum":-128,"maximum":127},
                  "label":{"type":"string"}},
                 "required":["count","boxedCount","total","boxedTotal","price","boxedPrice","ratio","active",
                   "boxedActive","small","tiny","label"],
                 "additionalProperties":false}"""));
    }
}
