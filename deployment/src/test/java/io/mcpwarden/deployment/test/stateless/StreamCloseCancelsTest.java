package io.mcpwarden.deployment.test.stateless;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Cancellation;
import io.mcpwarden.Progress;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.RestAssured;

/**
 * In the stateless era, closing the SSE response stream of a request is its cancellation: the tool sees it.
 */
class StreamCloseCancelsTest {

    static final CountDownLatch CANCELLED = new CountDownLatch(1);

    public static class SlowTools {

        @Tool(description = "Reports progress, then waits until cancelled")
        String waitForCancel(Progress progress, Cancellation cancellation) throws InterruptedException {
            cancellation.onCancel(CANCELLED::countDown);
            progress.report(1, 10.0, "started");
            CANCELLED.await(60, TimeUnit.SECONDS);
            return "finished anyway";
        }
    }

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(SlowTools.class, McpHttp.class, StatelessHttp.class));

    @Test
    void closingTheResponseStreamCancelsTheTool() throws Exception {
        String meta = "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{},\"progressToken\":\"p1\"}";
        HttpRequest request = HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + RestAssured.port + McpHttp.PATH))
                .header("Accept", McpHttp.ACCEPT_BOTH).header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "tools/call")
                .header("Mcp-Name", "waitForCancel")
                .POST(HttpRequest.BodyPublishers.ofString(StatelessHttp.body(5, "tools/call",
                        "\"name\":\"waitForCancel\",\"arguments\":{}", meta)))
                .build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/event-stream"));
        try (InputStream body = response.body()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null && !line.contains("notifications/progress")) {
                // skip the priming event
            }
            assertThat(line).contains("\"progressToken\":\"p1\"");
        }
        assertThat(CANCELLED.await(20, TimeUnit.SECONDS)).as("the tool saw the cancellation").isTrue();
    }
}
