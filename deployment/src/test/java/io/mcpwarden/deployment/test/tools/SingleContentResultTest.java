package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Content;
import io.mcpwarden.ImageContent;
import io.mcpwarden.TextContent;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class SingleContentResultTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        TextContent note() {
            return Content.text("remember the milk");
        }

        @Tool
        ImageContent logo() {
            return ImageContent.of("PNG".getBytes(StandardCharsets.US_ASCII), "image/png");
        }
    }

    @Test
    void textContentIsSentAsItIs() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "note", "{}"))
                .isEqualTo(McpHttp.textResult("remember the milk"));
    }

    @Test
    void imageContentIsSentWithBase64DataAndMimeType() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "logo", "{}")).isEqualTo(McpHttp.json("""
                {"content":[{"type":"image","data":"UE5H","mimeType":"image/png"}]}"""));
    }
}
