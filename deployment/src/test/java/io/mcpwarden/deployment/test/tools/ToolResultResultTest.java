package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Content;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolResult;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ToolResultResultTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Stock.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Stock(String sku, int available) {
    }

    static class Tools {

        @Tool
        ToolResult stock() {
            return new ToolResult(List.of(Content.text("A1: 3 available")), new Stock("A1", 3), false);
        }

        @Tool
        ToolResult outOfStock() {
            return new ToolResult(List.of(Content.text("A1 is out of stock")), Map.of("sku", "A1"), true);
        }

        @Tool
        ToolResult refuse() {
            return ToolResult.error("Orders cannot be changed after shipping");
        }
    }

    @Test
    void structuredContentIsSentNextToTheContent() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "stock", "{}")).isEqualTo(McpHttp.json("""
                {"content":[{"type":"text","text":"A1: 3 available"}],
                 "structuredContent":{"sku":"A1","available":3}}"""));
    }

    @Test
    void errorFlagIsSentWithStructuredContent() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "outOfStock", "{}")).isEqualTo(McpHttp.json("""
                {"content":[{"type":"text","text":"A1 is out of stock"}],
                 "structuredContent":{"sku":"A1"},"isError":true}"""));
    }

    @Test
    void errorFactoryIsOneTextBlockWithTheErrorFlag() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "refuse", "{}"))
                .isEqualTo(McpHttp.errorResult("Orders cannot be changed after shipping"));
    }
}
