package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.Prompt;
import io.mcpwarden.PromptMessage;
import io.mcpwarden.PromptResult;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class PromptReturnTypesTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt
        String plain(String topic) {
            return "Explain " + topic;
        }

        @Prompt(description = "One assistant line")
        PromptMessage single() {
            return PromptMessage.assistant("Ready.");
        }

        @Prompt(description = "Replaced by the result's own")
        PromptResult full(Optional<String> tone) {
            return new PromptResult("Tone: " + tone.orElse("neutral"), java.util.List.of(PromptMessage.user("Hi")));
        }

        @Prompt(description = "Kept")
        PromptResult withoutDescription() {
            return PromptResult.of(PromptMessage.user("Hi"));
        }

        @Prompt
        Uni<String> later(String topic) {
            return Uni.createFrom().item("Later: " + topic);
        }

        @Prompt
        CompletionStage<PromptMessage> staged() {
            return CompletableFuture.completedFuture(PromptMessage.user("Staged"));
        }
    }

    private static JsonNode get(String name, String arguments) {
        String body = McpHttp.request(McpHttp.openSession(), "prompts/get",
                "{\"name\":\"" + name + "\",\"arguments\":" + arguments + "}").then().statusCode(200).extract()
                .asString();
        return McpHttp.json(body).path("result");
    }

    @Test
    void stringIsOneUserTextMessage() {
        assertThat(get("plain", "{\"topic\":\"tides\"}")).isEqualTo(McpHttp.json("""
                {"messages":[{"role":"user","content":{"type":"text","text":"Explain tides"}}]}"""));
    }

    @Test
    void singleMessageCarriesThePromptDescription() {
        assertThat(get("single", "{}")).isEqualTo(McpHttp.json("""
                {"description":"One assistant line",
                 "messages":[{"role":"assistant","content":{"type":"text","text":"Ready."}}]}"""));
    }

    @Test
    void promptResultDescriptionWinsOverThePromptDescription() {
        assertThat(get("full", "{\"tone\":\"warm\"}")).isEqualTo(McpHttp.json("""
                {"description":"Tone: warm","messages":[{"role":"user","content":{"type":"text","text":"Hi"}}]}"""));
        assertThat(get("full", "{}").path("description").asText()).isEqualTo("Tone: neutral");
    }

    @Test
    void promptResultWithoutDescriptionKeepsThePromptDescription() {
        assertThat(get("withoutDescription", "{}")).isEqualTo(McpHttp.json("""
                {"description":"Kept","messages":[{"role":"user","content":{"type":"text","text":"Hi"}}]}"""));
    }

    @Test
    void uniAndCompletionStageAreAwaited() {
        assertThat(get("later", "{\"topic\":\"tides\"}")).isEqualTo(McpHttp.json("""
                {"messages":[{"role":"user","content":{"type":"text","text":"Later: tides"}}]}"""));
        assertThat(get("staged", "null")).isEqualTo(McpHttp.json("""
                {"messages":[{"role":"user","content":{"type":"text","text":"Staged"}}]}"""));
    }
}
