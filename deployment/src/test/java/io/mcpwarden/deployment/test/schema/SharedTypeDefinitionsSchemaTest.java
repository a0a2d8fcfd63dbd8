package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class SharedTypeDefinitionsSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Address.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Address(String street, String city) {
    }

    static class Tools {

        @Tool
        String ship(@ToolArg(description = "Where the parcel goes") Address to,
                @ToolArg(description = "Where returns go") Address returnTo,
                @ToolArg(description = "First line") String note, @ToolArg(description = "Second line") String note2) {
            return "";
        }
    }

    @Test
    void typeUsedTwiceIsOneDefinitionReferencedTwiceWithEachOwnDescription() {
        assertThat(McpHttp.toolDescriptor("ship").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{
                   "to":{"$ref":"#/$defs/Address","description":"Where the parcel goes"},
                   "returnTo":{"$ref":"#/$defs/Address","description":"Where returns go"},
                   "note":{"type":"string","description":"First line"},
                   "note2":{"type":"string","description":"Second line"}},
                 "required":["to","returnTo","note","note2"],"additionalProperties":false,
                 "$defs":{"Address":{"type":"object","properties":{
                    "street":{"type":"string"},"city":{"type":"string"}},"additionalProperties":false}}}"""));
    }
}
