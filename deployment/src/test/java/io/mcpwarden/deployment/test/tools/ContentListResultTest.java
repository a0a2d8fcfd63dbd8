package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.AudioContent;
import io.mcpwarden.Content;
import io.mcpwarden.EmbeddedResource;
import io.mcpwarden.ImageContent;
import io.mcpwarden.ResourceLink;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ContentListResultTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        List<Content> report() {
            return List.of(Content.text("Order 42"),
                    ImageContent.of("PNG".getBytes(StandardCharsets.US_ASCII), "image/png"),
                    AudioContent.of("WAV".getBytes(StandardCharsets.US_ASCII), "audio/wav"),
                    EmbeddedResource.text("orders://42", "application/json", "{\"id\":42}"),
                    EmbeddedResource.blob("orders://42/label", "application/pdf",
                            "PDF".getBytes(StandardCharsets.US_ASCII)),
                    new ResourceLink("orders://42/invoice", "invoice-42", "The invoice", "application/pdf"),
                    new ResourceLink("orders://42/notes", "notes-42", null, null));
        }
    }

    @Test
    void everyContentKindIsSentInOrderInTheWireFormat() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "report", "{}")).isEqualTo(McpHttp.json("""
                {"content":[
                  {"type":"text","text":"Order 42"},
                  {"type":"image","data":"UE5H","mimeType":"image/png"},
                  {"type":"audio","data":"V0FW","mimeType":"audio/wav"},
                  {"type":"resource","resource":{"uri":"orders://42","mimeType":"application/json","text":"{\\"id\\":42}"}},
                  {"type":"resource","resource":{"uri":"orders://42/label","mimeType":"application/pdf","blob":"UERG"}},
                  {"type":"resource_link","uri":"orders://42/invoice","name":"invoice-42","description":"The invoice",
                   "mimeType":"application/pdf"},
                  {"type":"resource_link","uri":"orders://42/notes","name":"notes-42"}]}"""));
    }
}
