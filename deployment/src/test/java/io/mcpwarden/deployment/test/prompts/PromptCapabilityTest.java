package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class PromptCapabilityTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt
        String greeting() {
            return "Hello";
        }
    }

    @Test
    void initializeDeclaresPromptsWithoutListChangedNotifications() {
        String body = McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result").path("capabilities").path("prompts"))
                .isEqualTo(McpHttp.json("{\"listChanged\":false}"));
    }
}
