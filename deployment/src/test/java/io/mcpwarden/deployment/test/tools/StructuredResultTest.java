package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class StructuredResultTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Order.class, Line.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Line(String sku, int quantity) {
    }

    record Order(String id, LocalDate placed, List<Line> lines) {
    }

    static class Tools {

        @Tool
        Order getOrder(String id) {
            return new Order(id, LocalDate.of(2025, 3, 1), List.of(new Line("A1", 2)));
        }

        @Tool
        Order lostOrder() {
            return null;
        }
    }

    @Test
    void recordIsStructuredContentPlusATextBlockWithTheSameJson() {
        JsonNode result = McpHttp.callToolResult(McpHttp.openSession(), "getOrder", "{\"id\":\"42\"}");
        JsonNode expected = McpHttp.json("""
                {"id":"42","placed":"2025-03-01","lines":[{"sku":"A1","quantity":2}]}""");
        assertThat(result.get("structuredContent")).isEqualTo(expected);
        assertThat(result.get("content")).hasSize(1);
        assertThat(result.get("content").get(0).get("type").asText()).isEqualTo("text");
        assertThat(McpHttp.json(result.get("content").get(0).get("text").asText())).isEqualTo(expected);
        assertThat(result.has("isError")).isFalse();
    }

    @Test
    void nullRecordIsAGenericErrorResult() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "lostOrder", "{}"))
                .isEqualTo(McpHttp.errorResult("The tool 'lostOrder' failed. The server log has the details."));
    }
}
