package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.Elicitation;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.McpLog;
import io.mcpwarden.Progress;
import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.RestAssured;

/**
 * The official TypeScript SDK client (integration-tests/sdk-client/interaction-client.mjs) receives a tool's logs and
 * progress, answers its sampling and elicitation requests on the call's SSE stream, and gets the result.
 */
class OfficialSdkInteractionTest {

    private static final long TIMEOUT_SECONDS = 120;

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class));

    static class Tools {
        @Tool
        CompletionStage<String> consult(String question, McpLog log, Progress progress, Sampling sampling,
                Elicitation elicitation) {
            log.debug("not sent: the client chose info");
            log.info("Consulting the model");
            progress.report(1, 3.0, "asking the model");
            return sampling.createMessage(SamplingRequest.builder().user(question).maxTokens(20).build())
                    .thenCompose(answer -> {
                        progress.report(2, 3.0, "asking the user");
                        return elicitation.form("Send '" + answer.text() + "'?", ElicitationSchema.builder()
                                .bool("confirm", "Send it", true, true)
                                .singleSelect("detail", "Detail", List.of("short", "long"), null, "short", false)
                                .build()).thenApply(
                                        confirmation -> answer.text() + " / "
                                                + confirmation.action() + " " + confirmation.content().get("confirm"));
                    });
        }
    }

    @Test
    void sdkClientSeesNotificationsAndAnswersServerRequests() throws Exception {
        Path clientDir = Path.of(System.getProperty("sdk-client.dir", "../integration-tests/sdk-client"));
        assertThat(clientDir.resolve("node_modules/@modelcontextprotocol/sdk"))
                .as("the SDK client's dependencies; the Maven build installs them with npm ci").isDirectory();
        Path stdout = Files.createTempFile("sdk-interaction", ".out");
        Path stderr = Files.createTempFile("sdk-interaction", ".err");
        try {
            Process process = new ProcessBuilder(List.of(System.getProperty("node.executable", "node"),
                    "interaction-client.mjs", "http://127.0.0.1:" + RestAssured.port + "/mcp"))
                    .directory(clientDir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The SDK client did not finish; stderr:\n" + Files.readString(stderr));
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("stdout:%n%s%nstderr:%n%s", out, Files.readString(stderr)).isZero();
            JsonNode summary = new ObjectMapper().readTree(out);
            assertThat(summary.path("failures")).isEmpty();
            assertThat(summary.path("logs")).hasSize(1);
            assertThat(summary.path("logs").get(0).path("data").asText()).isEqualTo("Consulting the model");
            assertThat(summary.path("progress")).extracting(p -> p.path("progress").asInt()).containsExactly(1, 2);
            assertThat(summary.path("sampling").get(0).path("messages").get(0).path("content").path("text")
                    .asText()).isEqualTo("Capital of France?");
            assertThat(summary.path("elicitation").get(0).path("requestedSchema").path("properties")
                    .path("detail").path("enum")).hasSize(2);
            assertThat(summary.path("result").path("content").get(0).path("text").asText())
                    .isEqualTo("Paris / ACCEPT true");
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
