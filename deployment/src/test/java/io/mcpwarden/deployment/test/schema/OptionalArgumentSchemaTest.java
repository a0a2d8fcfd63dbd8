package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class OptionalArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String findCustomer(String name, Optional<String> city) {
            return "";
        }
    }

    @Test
    void optionalArgumentHasItsValueSchemaAndIsNotRequired() {
        assertThat(McpHttp.toolDescriptor("findCustomer").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"name":{"type":"string"},"city":{"type":"string"}},
                 "required":["name"],"additionalProperties":false}"""));
    }
}
