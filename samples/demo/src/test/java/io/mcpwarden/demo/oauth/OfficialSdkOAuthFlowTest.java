package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs {@code integration-tests/sdk-client/oauth-client.mjs}: the official MCP TypeScript SDK client completes the
 * whole OAuth flow against the demo's built-in authorization server (discovery, registration, PKCE, login and a
 * partial consent submitted over HTTP), calls a scoped tool, is refused a tool outside its grant with a 403 step-up
 * challenge, re-authorizes with the extra scope and succeeds.
 */
@QuarkusTest
@TestProfile(EmbeddedAuthorizationServerProfile.class)
class OfficialSdkOAuthFlowTest {

    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void sdkClientAuthorizesCallsStepsUpAndCalls() throws Exception {
        Path clientDir = Path.of(System.getProperty("sdk-client.dir", "../../integration-tests/sdk-client"));
        Path stdout = Files.createTempFile("oauth-client", ".out");
        Path stderr = Files.createTempFile("oauth-client", ".err");
        try {
            Process process = new ProcessBuilder(List.of(System.getProperty("node.executable", "node"),
                    "oauth-client.mjs", EmbeddedAuthorizationServerProfile.RESOURCE, "demo", "demo-password"))
                    .directory(clientDir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The SDK client did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
            JsonNode summary = new ObjectMapper().readTree(out);
            String metadata = EmbeddedAuthorizationServerProfile.ORIGIN + "/.well-known/oauth-protected-resource/mcp";

            assertThat(summary.path("failures")).isEmpty();
            assertThat(summary.path("firstChallenge").path("status").asInt()).isEqualTo(401);
            assertThat(summary.path("firstChallenge").path("wwwAuthenticate").asText()).isEqualTo(
                    "Bearer resource_metadata=\"" + metadata + "\", scope=\"admin orders:read orders:write\"");
            assertThat(summary.path("clientRegistered").asBoolean()).isTrue();
            JsonNode first = summary.path("firstAuthorization");
            assertThat(first.path("requestedScope").asText()).isEqualTo("admin orders:read orders:write");
            assertThat(first.path("resource").asText()).isEqualTo(EmbeddedAuthorizationServerProfile.RESOURCE);
            assertThat(first.path("consentShown").asBoolean()).isTrue();
            assertThat(first.path("consentMentionsTools").asBoolean()).isTrue();
            assertThat(first.path("framing").asText()).isEqualTo("DENY");
            assertThat(first.path("iss").asText()).isEqualTo(EmbeddedAuthorizationServerProfile.ORIGIN);
            assertThat(summary.path("grantedScope").asText()).isEqualTo("orders:read");
            assertThat(summary.path("refreshTokenIssued").asBoolean()).isTrue();

            assertThat(summary.path("visibleTools")).extracting(JsonNode::asText)
                    .containsExactly("find_order", "list_orders");
            assertThat(summary.path("findOrder").path("customer").asText()).isEqualTo("Grace Hopper");

            assertThat(summary.path("cancelBeforeStepUp").path("message").asText())
                    .contains("Server returned 403 after trying upscoping");
            assertThat(summary.path("stepUpChallenge").asText()).isEqualTo("Bearer error=\"insufficient_scope\", "
                    + "scope=\"orders:read orders:write\", resource_metadata=\"" + metadata + "\"");

            JsonNode second = summary.path("secondAuthorization");
            assertThat(second.path("requestedScope").asText()).isEqualTo("orders:read orders:write");
            assertThat(second.path("consentShown").asBoolean()).as("orders:write was never granted").isTrue();
            assertThat(summary.path("steppedUpScope").asText()).isEqualTo("orders:read orders:write");
            assertThat(summary.path("cancelAfterStepUp").path("isError").asBoolean()).isFalse();
            assertThat(summary.path("cancelAfterStepUp").path("status").asText()).isEqualTo("CANCELLED");
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
