package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceContents;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class BinaryResourceReadTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Images.class, McpHttp.class));

    static class Images {

        @Resource(uri = "file:///images/logo.png", mimeType = "image/png")
        byte[] logo() {
            return "PNG".getBytes(StandardCharsets.US_ASCII);
        }

        @Resource(uri = "file:///images/")
        List<ResourceContents> folder() {
            return List.of(ResourceContents.blob("file:///images/logo.png", "image/png",
                    "PNG".getBytes(StandardCharsets.US_ASCII)),
                    ResourceContents.text("file:///images/README", "text/plain", "logos"));
        }
    }

    @Test
    void bytesBecomeOneBase64BlobWithTheDeclaredMimeType() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"file:///images/logo.png\"}")
                .then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"file:///images/logo.png","mimeType":"image/png","blob":"UE5H"}]}"""));
    }

    @Test
    void contentsListIsSentAsItIsWithTextAndBlobItems() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"file:///images/\"}")
                .then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"file:///images/logo.png","mimeType":"image/png","blob":"UE5H"},
                {"uri":"file:///images/README","mimeType":"text/plain","text":"logos"}]}"""));
    }
}
