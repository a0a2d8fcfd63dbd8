package io.mcpwarden.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code integration-tests/sdk-client/demo-client.mjs}, which drives the demo with the official MCP TypeScript
 * SDK client, against the demo listening on the random test port. The Maven build runs {@code npm ci} there first.
 */
@QuarkusTest
class OfficialSdkClientTest {

    private static final long TIMEOUT_SECONDS = 120;

    @TestHTTPResource("/mcp")
    URL mcpUrl;

    @Test
    void sdkClientListsAndCallsTheOrderDeskTools() throws Exception {
        ClientRun run = runDemoClient();

        assertThat(run.exitCode).as("exit code; stdout:%n%s%nstderr:%n%s", run.stdout, run.stderr).isZero();
        JsonNode summary = new ObjectMapper().readTree(run.stdout);
        assertThat(summary.path("failures")).as("checks that failed in the client").isEmpty();
        assertThat(summary.path("server").path("name").asText()).isEqualTo("mcp-warden-order-desk");
        assertThat(summary.path("protocolVersion").asText()).isEqualTo("2025-11-25");
        assertThat(summary.path("tools")).extracting(JsonNode::asText)
                .containsExactly("cancel_order", "find_order", "list_orders", "place_order");

        JsonNode found = summary.path("findOrder");
        assertThat(found.path("id").asText()).isEqualTo("ORD-1002");
        assertThat(found.path("customer").asText()).isEqualTo("Grace Hopper");
        assertThat(found.path("status").asText()).isEqualTo("SHIPPED");
        assertThat(found.path("total").decimalValue()).isEqualByComparingTo("88.70");

        assertThat(summary.path("listOrders").path("ids")).extracting(JsonNode::asText).containsExactly("ORD-1002");

        JsonNode refused = summary.path("invalidCancel");
        assertThat(refused.path("isError").asBoolean()).isTrue();
        assertThat(refused.path("message").asText()).isEqualTo("Invalid argument 'reason': must not be blank");

        JsonNode placed = summary.path("placeOrder");
        assertThat(placed.path("isError").asBoolean()).isFalse();
        assertThat(placed.path("id").asText()).matches("ORD-\\d{4}");
        assertThat(placed.path("status").asText()).isEqualTo("PENDING");
        assertThat(placed.path("total").decimalValue()).isEqualByComparingTo("108.80");
        assertThat(placed.path("lines")).extracting(JsonNode::asText).containsExactly("1 x KB-101", "2 x CB-050");
    }

    private ClientRun runDemoClient() throws IOException, InterruptedException {
        Path clientDir = Path.of(System.getProperty("sdk-client.dir", "../../integration-tests/sdk-client"));
        assertThat(clientDir.resolve("node_modules/@modelcontextprotocol/sdk"))
                .as("the SDK client's dependencies; the Maven build installs them with npm ci").isDirectory();
        Path stdout = Files.createTempFile("sdk-client", ".out");
        Path stderr = Files.createTempFile("sdk-client", ".err");
        try {
            Process process = new ProcessBuilder(List.of(System.getProperty("node.executable", "node"),
                    "demo-client.mjs", mcpUrl.toString()))
                    .directory(clientDir.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The SDK client did not finish within " + TIMEOUT_SECONDS + " s; stderr:\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            return new ClientRun(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                    Files.readString(stderr, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private record ClientRun(int exitCode, String stdout, String stderr) {
    }
}
