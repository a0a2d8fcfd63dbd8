package io.mcpwarden.deployment.test.subscriptions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.Resource;
import io.mcpwarden.ResourceUpdates;
import io.mcpwarden.TaskSupport;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolRegistry;
import io.mcpwarden.ToolResult;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.SseClient;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code subscriptions/listen} (2026-07-28): an SSE response that starts with the acknowledgement of the honored
 * filter and then carries only the notifications asked for, each tagged with the request id as subscription id:
 * tool list changes, updates of listed resources, and status changes of the caller's own tasks. Prompt and resource
 * list changes are never honored (both are fixed at build time), nor resources that do not exist.
 */
class ListenStreamTest {

    private static final String TASKS = "{\"extensions\":{\"io.modelcontextprotocol/tasks\":{}}}";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.streams.max-per-session", "3")
            .withApplicationRoot(jar -> jar.addClasses(Docs.class, Jobs.class, McpHttp.class, SseClient.class,
                    StatelessHttp.class));

    @Inject
    ToolRegistry registry;

    @Inject
    ResourceUpdates updates;

    static class Docs {
        @Resource(uri = "docs://readme")
        String readme() {
            return "read me";
        }
    }

    static class Jobs {
        static final java.util.concurrent.CountDownLatch RELEASE = new java.util.concurrent.CountDownLatch(1);

        @Tool(description = "Finishes when the test lets it, as a task.", tasks = TaskSupport.OPTIONAL)
        String quick() throws InterruptedException {
            RELEASE.await(30, java.util.concurrent.TimeUnit.SECONDS);
            return "quick done";
        }
    }

    private static SseClient listen(int id, String filter, String capabilities, String accept) {
        return SseClient.send(HttpRequest.newBuilder(SseClient.endpoint()).header("Accept", accept)
                .header("Content-Type", "application/json").header("MCP-Protocol-Version", StatelessHttp.VERSION)
                .header("Mcp-Method", "subscriptions/listen")
                .POST(HttpRequest.BodyPublishers.ofString(StatelessHttp.body(id, "subscriptions/listen",
                        "\"notifications\":" + filter, StatelessHttp.meta(StatelessHttp.VERSION, capabilities))))
                .build());
    }

    private static SseClient listen(int id, String filter) {
        return listen(id, filter, "{}", McpHttp.ACCEPT_BOTH);
    }

    @Test
    void discoverAnnouncesWhatListenStreamsCarry() {
        JsonNode capabilities = McpHttp.json(StatelessHttp.request("server/discover", null, "").asString())
                .path("result").path("capabilities");
        assertThat(capabilities.path("tools").path("listChanged").asBoolean()).isTrue();
        assertThat(capabilities.path("resources").path("subscribe").asBoolean()).isTrue();
    }

    @Test
    void theStreamAcknowledgesTheHonoredFilterThenCarriesTaggedNotifications() {
        try (SseClient stream = listen(77, "{\"toolsListChanged\":true,\"promptsListChanged\":true,"
                + "\"resourceSubscriptions\":[\"docs://readme\",\"docs://missing\"]}")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            assertThat(stream.nextMessage()).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","method":"notifications/subscriptions/acknowledged",
                     "params":{"notifications":{"toolsListChanged":true,"resourceSubscriptions":["docs://readme"]},
                               "_meta":{"io.modelcontextprotocol/subscriptionId":77}}}"""));

            registry.add(DynamicTool.builder("added").description("Added at run time")
                    .handler((arguments, caller) -> ToolResult.text("added")).build());
            assertThat(stream.nextMessage()).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","method":"notifications/tools/list_changed",
                     "params":{"_meta":{"io.modelcontextprotocol/subscriptionId":77}}}"""));
            updates.updated("docs://missing");
            updates.updated("docs://readme");
            assertThat(stream.nextMessage()).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","method":"notifications/resources/updated",
                     "params":{"uri":"docs://readme","_meta":{"io.modelcontextprotocol/subscriptionId":77}}}"""));
            registry.remove("added");
        }
    }

    @Test
    void aStreamGetsOnlyWhatItsFilterAsksFor() {
        try (SseClient resourcesOnly = listen(5, "{\"resourceSubscriptions\":[\"docs://readme\"]}")) {
            resourcesOnly.nextMessage();
            registry.add(DynamicTool.builder("other").handler((arguments, caller) -> ToolResult.text("x")).build());
            registry.remove("other");
            updates.updated("docs://readme");
            assertThat(resourcesOnly.nextMessage().path("method").asText())
                    .as("the tool list changes before it were not sent").isEqualTo("notifications/resources/updated");
        }
    }

    @Test
    void theStatusChangesOfTheCallersTaskArriveAsNotificationsTasks() {
        String taskId = McpHttp.json(StatelessHttp.callTool("quick", "{}", TASKS).asString()).path("result")
                .path("taskId").asText();
        try (SseClient stream = listen(9, "{\"taskIds\":[\"" + taskId + "\",\"someone-elses\"]}", TASKS,
                McpHttp.ACCEPT_BOTH)) {
            JsonNode acknowledged = stream.nextMessage();
            assertThat(acknowledged.path("params").path("notifications")).isEqualTo(McpHttp.json(
                    "{\"taskIds\":[\"" + taskId + "\"]}"));
            Jobs.RELEASE.countDown();
            JsonNode changed = stream.nextMessage();
            assertThat(changed.path("method").asText()).isEqualTo("notifications/tasks");
            assertThat(changed.path("params").path("taskId").asText()).isEqualTo(taskId);
            assertThat(changed.path("params").path("status").asText()).isEqualTo("completed");
            assertThat(changed.path("params").path("result").path("content").path(0).path("text").asText())
                    .isEqualTo("quick done");
            assertThat(changed.path("params").has("resultType")).isFalse();
            assertThat(changed.path("params").path("_meta").path("io.modelcontextprotocol/subscriptionId").asInt())
                    .isEqualTo(9);
        }
    }

    @Test
    void taskIdsNeedTheTasksExtension() {
        try (SseClient refused = listen(3, "{\"taskIds\":[\"t\"]}", "{}", McpHttp.ACCEPT_BOTH)) {
            assertThat(refused.status()).isEqualTo(400);
            JsonNode error = McpHttp.json(refused.body()).path("error");
            assertThat(error.path("code").asInt()).isEqualTo(-32021);
            assertThat(error.path("data").path("requiredCapabilities").path("extensions")
                    .has("io.modelcontextprotocol/tasks")).isTrue();
        }
    }

    @Test
    void aMalformedFilterOrAJsonOnlyClientIsInvalidParams() {
        try (SseClient noFilter = SseClient.send(HttpRequest.newBuilder(SseClient.endpoint())
                .header("Accept", McpHttp.ACCEPT_BOTH).header("Content-Type", "application/json")
                .header("MCP-Protocol-Version", StatelessHttp.VERSION).header("Mcp-Method", "subscriptions/listen")
                .POST(HttpRequest.BodyPublishers.ofString(StatelessHttp.body(4, "subscriptions/listen", "",
                        StatelessHttp.meta(StatelessHttp.VERSION, "{}"))))
                .build())) {
            assertThat(McpHttp.json(noFilter.body()).path("error").path("message").asText())
                    .isEqualTo("Invalid params: subscriptions/listen needs a 'notifications' object");
        }
        try (SseClient wrongType = listen(4, "{\"toolsListChanged\":\"yes\"}")) {
            assertThat(McpHttp.json(wrongType.body()).path("error").path("message").asText())
                    .isEqualTo("Invalid params: notifications.toolsListChanged must be a boolean");
        }
        try (SseClient jsonOnly = listen(4, "{\"toolsListChanged\":true}", "{}", "application/json")) {
            JsonNode error = McpHttp.json(jsonOnly.body()).path("error");
            assertThat(error.path("code").asInt()).isEqualTo(-32602);
            assertThat(error.path("message").asText()).isEqualTo("Invalid params: subscriptions/listen answers with "
                    + "a stream: the Accept header must allow text/event-stream");
        }
    }

    @Test
    void anIdentityHoldsABoundedNumberOfStreamsAndAClosedOneFreesItsPlace() throws Exception {
        SseClient first = listen(1, "{\"toolsListChanged\":true}");
        try (SseClient second = listen(2, "{\"toolsListChanged\":true}");
                SseClient third = listen(3, "{\"toolsListChanged\":true}")) {
            first.nextMessage();
            second.nextMessage();
            third.nextMessage();
            try (SseClient refused = listen(4, "{\"toolsListChanged\":true}")) {
                JsonNode error = McpHttp.json(refused.body()).path("error");
                assertThat(error.path("code").asInt()).isEqualTo(-32000);
                assertThat(error.path("message").asText())
                        .isEqualTo("Too many subscription streams: this identity has 3 open; close one first");
            }
            first.close();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (true) {
                try (SseClient again = listen(5, "{\"toolsListChanged\":true}")) {
                    JsonNode message = again.nextMessage();
                    if ("notifications/subscriptions/acknowledged".equals(message.path("method").asText())) {
                        break;
                    }
                }
                assertThat(System.nanoTime()).as("the closed stream was not released").isLessThan(deadline);
                Thread.sleep(100);
            }
        }
    }
}
