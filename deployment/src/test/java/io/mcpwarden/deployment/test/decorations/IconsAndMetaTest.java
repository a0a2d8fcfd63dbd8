package io.mcpwarden.deployment.test.decorations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Icon;
import io.mcpwarden.Meta;
import io.mcpwarden.Prompt;
import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code @Icon} and {@code @Meta} put {@code icons} and {@code _meta} on tool, prompt, resource and template
 * descriptors; {@code quarkus.warden.server.icons} and {@code website-url} go into {@code serverInfo}.
 */
class IconsAndMetaTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.server.icons", "https://cdn.example.com/server.svg")
            .overrideConfigKey("quarkus.warden.server.website-url", "https://example.com/mcp")
            .withApplicationRoot(jar -> jar.addClasses(Features.class, McpHttp.class));

    static class Features {
        @Tool(description = "Finds an order")
        @Icon(src = "https://cdn.example.com/order-48.png", mimeType = "image/png", sizes = "48x48")
        @Icon(src = "https://cdn.example.com/order-dark.svg", sizes = "any", theme = "dark")
        @Meta(key = "com.example/team", value = "orders")
        @Meta(key = "cost", value = "{\"units\":3}")
        String findOrder() {
            return "order";
        }

        @Prompt
        @Icon(src = "data:image/svg+xml;base64,PHN2Zy8+")
        String review() {
            return "review";
        }

        @Resource(uri = "docs://readme")
        @Meta(key = "com.example/audience", value = "true")
        String readme() {
            return "read me";
        }

        @ResourceTemplate(uriTemplate = "docs://pages/{page}")
        @Icon(src = "https://cdn.example.com/page.png")
        String page(String page) {
            return page;
        }
    }

    private static com.fasterxml.jackson.databind.JsonNode list(String method, String field) {
        return McpHttp.json(McpHttp.request(McpHttp.openSession(), method, "{}").then().statusCode(200).extract()
                .asString()).path("result").path(field).get(0);
    }

    @Test
    void toolDescriptorCarriesIconsAndMeta() {
        var tool = McpHttp.toolDescriptor("findOrder");
        assertThat(tool.path("icons")).isEqualTo(McpHttp.json("""
                [{"src":"https://cdn.example.com/order-48.png","mimeType":"image/png","sizes":["48x48"]},
                 {"src":"https://cdn.example.com/order-dark.svg","sizes":["any"],"theme":"dark"}]"""));
        assertThat(tool.path("_meta")).isEqualTo(McpHttp.json("{\"com.example/team\":\"orders\",\"cost\":{\"units\":3}}"));
    }

    @Test
    void promptResourceAndTemplateDescriptorsCarryThem() {
        assertThat(list("prompts/list", "prompts").path("icons"))
                .isEqualTo(McpHttp.json("[{\"src\":\"data:image/svg+xml;base64,PHN2Zy8+\"}]"));
        assertThat(list("resources/list", "resources").path("_meta"))
                .isEqualTo(McpHttp.json("{\"com.example/audience\":true}"));
        assertThat(list("resources/templates/list", "resourceTemplates").path("icons"))
                .isEqualTo(McpHttp.json("[{\"src\":\"https://cdn.example.com/page.png\"}]"));
    }

    @Test
    void serverInfoCarriesIconsAndWebsite() {
        String body = McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(200).extract().asString();
        var serverInfo = McpHttp.json(body).path("result").path("serverInfo");
        assertThat(serverInfo.path("websiteUrl").asText()).isEqualTo("https://example.com/mcp");
        assertThat(serverInfo.path("icons")).isEqualTo(McpHttp.json("[{\"src\":\"https://cdn.example.com/server.svg\"}]"));
    }
}
