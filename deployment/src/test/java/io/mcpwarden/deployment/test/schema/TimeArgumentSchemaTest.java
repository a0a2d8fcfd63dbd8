package io.mcpwarden.deployment.test.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class TimeArgumentSchemaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String schedule(LocalDate day, Instant notBefore) {
            return "";
        }
    }

    @Test
    void localDateIsFormatDateAndInstantIsFormatDateTime() {
        assertThat(McpHttp.toolDescriptor("schedule").get("inputSchema")).isEqualTo(McpHttp.json("""
                {"type":"object",
                 "properties":{"day":{"type":"string","format":"date"},
                   "notBefore":{"type":"string","format":"date-time"}},
                 "required":["day","notBefore"],"additionalProperties":false}"""));
    }
}
