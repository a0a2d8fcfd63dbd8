package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class MapArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String adjustStock(Map<String, Integer> quantities) {
            return "";
        }
    }

    @Test
    void mapArgumentIsAnObjectWhoseAdditionalPropertiesHaveTheValueSchema() {
        assertThat(McpHttp.toolDescriptor("adjustStock").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"quantities":{"type":"object","additionalProperties":{"type":"integer","format":"int32"}}},
                 "required":["quantities"],"additionalProperties":false}"""));
    }
}
