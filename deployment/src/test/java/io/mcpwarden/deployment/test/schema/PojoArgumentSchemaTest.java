package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class PojoArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Address.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    public static class Address {

        private String street;
        private String city;
        // Jackson neither reads nor writes a private field without accessors, so the schema must not offer it.
        private String auditNote;

        public String getStreet() {
            return street;
        }

        public void setStreet(String street) {
            this.street = street;
        }

        public String getCity() {
            return city;
        }

        public void setCity(String city) {
            this.city = city;
        }
    }

    static class Tools {

        @Tool
        String ship(Address address) {
            return address.getStreet() + ", " + address.getCity();
        }
    }

    @Test
    void schemaListsTheBeanPropertiesJacksonBinds() {
        assertThat(McpHttp.toolDescriptor("ship").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"address":{"type":"object","properties":{
                    "street":{"type":"string"},"city":{"type":"string"}},"additionalProperties":false}},
                 "required":["address"],"additionalProperties":false}"""));
    }

    @Test
    void beanPropertiesBind() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "ship",
                "{\"address\":{\"street\":\"1 Main St\",\"city\":\"Springfield\"}}"))
                .isEqualTo(McpHttp.textResult("1 Main St, Springfield"));
    }
}
