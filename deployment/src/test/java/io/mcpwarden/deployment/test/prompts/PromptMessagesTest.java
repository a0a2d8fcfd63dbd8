package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.EmbeddedResource;
import io.mcpwarden.ImageContent;
import io.mcpwarden.Prompt;
import io.mcpwarden.PromptMessage;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class PromptMessagesTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt(description = "Reviews a screenshot against the style guide")
        List<PromptMessage> screenshotReview(String page) {
            return List.of(PromptMessage.user("Review the screenshot of " + page + " against the style guide."),
                    PromptMessage.user(ImageContent.of("PNG".getBytes(StandardCharsets.US_ASCII), "image/png")),
                    PromptMessage.user(EmbeddedResource.text("docs://style-guide", "text/markdown", "# Style")),
                    PromptMessage.user(EmbeddedResource.blob("docs://logo", "image/svg+xml",
                            "SVG".getBytes(StandardCharsets.US_ASCII))),
                    PromptMessage.assistant("I will compare them section by section."));
        }
    }

    @Test
    void textImageAndEmbeddedResourceMessagesAreSentInOrderInTheWireFormat() {
        String body = McpHttp.request(McpHttp.openSession(), "prompts/get",
                "{\"name\":\"screenshotReview\",\"arguments\":{\"page\":\"checkout\"}}").then()
                .statusCode(200).extract().asString();
        assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"result":{
                  "description":"Reviews a screenshot against the style guide",
                  "messages":[
                    {"role":"user","content":{"type":"text",
                      "text":"Review the screenshot of checkout against the style guide."}},
                    {"role":"user","content":{"type":"image","data":"UE5H","mimeType":"image/png"}},
                    {"role":"user","content":{"type":"resource",
                      "resource":{"uri":"docs://style-guide","mimeType":"text/markdown","text":"# Style"}}},
                    {"role":"user","content":{"type":"resource",
                      "resource":{"uri":"docs://logo","mimeType":"image/svg+xml","blob":"U1ZH"}}},
                    {"role":"assistant","content":{"type":"text","text":"I will compare them section by section."}}]}}"""));
    }
}
