package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class NestedFieldConstraintSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Line.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Line(@NotBlank @Pattern(regexp = "SKU-[0-9]+") String sku, @Positive int quantity,
            @Size(max = 3) List<String> tags, @NotNull @Email String contact) {
    }

    static class Tools {

        @Tool
        String addLine(@Valid Line line) {
            return "";
        }
    }

    @Test
    void constraintsOnRecordComponentsAreReflectedInTheNestedSchema() {
        assertThat(McpHttp.toolDescriptor("addLine").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"line":{"type":"object","properties":{
                    "sku":{"type":"string","minLength":1,"pattern":"^(?:SKU-[0-9]+)$"},
                    "quantity":{"type":"integer","format":"int32","exclusiveMinimum":0},
                    "tags":{"type":"array","items":{"type":"string"},"maxItems":3},
                    "contact":{"type":"string","format":"email"}},
                  "required":["contact","sku"],"additionalProperties":false}},
                 "required":["line"],"additionalProperties":false}"""));
    }
}
