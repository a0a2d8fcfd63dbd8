package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class AsyncResultTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Stock.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    record Stock(String sku, int available) {
    }

    static class Tools {

        @Tool
        Uni<String> greetLater(String name) {
            return Uni.createFrom().item("Hello " + name).onItem().delayIt().by(Duration.ofMillis(50));
        }

        @Tool
        CompletionStage<Stock> stockLater(String sku) {
            return CompletableFuture.supplyAsync(() -> new Stock(sku, 7));
        }
    }

    @Test
    void uniOfStringCompletesWithOneTextBlock() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "greetLater", "{\"name\":\"Ada\"}"))
                .isEqualTo(McpHttp.textResult("Hello Ada"));
    }

    @Test
    void completionStageOfRecordCompletesWithStructuredContent() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "stockLater", "{\"sku\":\"A1\"}"))
                .isEqualTo(McpHttp.json("""
                        {"content":[{"type":"text","text":"{\\"sku\\":\\"A1\\",\\"available\\":7}"}],
                         "structuredContent":{"sku":"A1","available":7}}"""));
    }
}
