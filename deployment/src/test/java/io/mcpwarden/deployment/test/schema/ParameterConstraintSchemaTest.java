package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ParameterConstraintSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String register(@NotBlank String name, @Size(min = 2, max = 5) String code, @Size(max = 3) List<String> tags,
                @Min(1) @Max(100) int quantity, @Pattern(regexp = "[A-Z]{3}") @NotBlank String currency,
                @Email String email, @Positive long amount) {
            return "";
        }
    }

    @Test
    void parameterConstraintsAreReflectedInTheArgumentSchemas() {
        assertThat(McpHttp.toolDescriptor("register").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{
                   "name":{"type":"string","minLength":1,"pattern":"\\\\S"},
                   "code":{"type":"string","minLength":2,"maxLength":5},
                   "tags":{"type":"array","items":{"type":"string"},"maxItems":3},
                   "quantity":{"type":"integer","format":"int32","minimum":1,"maximum":100},
                   "currency":{"type":"string","minLength":1,"pattern":"^(?:[A-Z]{3})$"},
                   "email":{"type":"string","format":"email"},
                   "amount":{"type":"integer","format":"int64","exclusiveMinimum":0}},
                 "required":["name","code","tags","quantity","currency","email","amount"],
                 "additionalProperties":false}"""));
    }
}
