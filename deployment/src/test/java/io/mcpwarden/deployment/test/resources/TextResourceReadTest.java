package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class TextResourceReadTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Docs.class, McpHttp.class));

    static class Docs {

        @Resource(uri = "file:///docs/readme.md", mimeType = "text/markdown")
        String readme() {
            return "# Orders\nAsk for an order by id.";
        }

        @Resource(uri = "orders://motd")
        String messageOfTheDay() {
            return "closed on Sunday";
        }
    }

    @Test
    void stringBecomesOneTextItemWithTheUriAndDeclaredMimeType() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"file:///docs/readme.md\"}")
                .then().statusCode(200).header("Content-Type", "application/json").extract().asString();
        assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"result":{"contents":[{"uri":"file:///docs/readme.md",
                "mimeType":"text/markdown","text":"# Orders\\nAsk for an order by id."}]}}"""));
    }

    @Test
    void withoutDeclaredMimeTypeTheItemHasNone() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"orders://motd\"}")
                .then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"orders://motd","text":"closed on Sunday"}]}"""));
    }
}
