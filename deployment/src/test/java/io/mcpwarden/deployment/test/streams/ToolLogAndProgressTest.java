package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.LogLevel;
import io.mcpwarden.McpLog;
import io.mcpwarden.Progress;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A tool that logs and reports progress answers with an SSE stream: a priming event, the notifications, then the
 * result; logs honour {@code logging/setLevel}; progress needs a token.
 */
class ToolLogAndProgressTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    static class Tools {

        @Tool
        String importRows(int rows, McpLog log, Progress progress) {
            log.info("Importing " + rows + " rows");
            for (int i = 1; i <= rows; i++) {
                progress.report(i, (double) rows, "Row " + i);
                progress.report(i);
            }
            log.debug("debug detail");
            log.log(LogLevel.ERROR, java.util.Map.of("rows", rows));
            return "imported " + rows + ", progress requested: " + progress.requested();
        }

        @Tool
        String quiet(McpLog log) {
            return "nothing logged";
        }
    }

    @Test
    void notificationsComeBeforeTheResultOnTheRequestStream() {
        String session = McpSessions.open("{}");
        try (SseClient stream = SseClient.post(session,
                McpSessions.toolCallWithProgress(7, "importRows", "{\"rows\":2}", "tok-1"))) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).isEqualTo("text/event-stream");
            List<SseClient.Event> events = stream.rest();
            assertThat(events.get(0).data()).isEmpty();
            assertThat(events.get(0).retry()).isEqualTo(1000L);
            String streamId = events.get(0).id().substring(0, events.get(0).id().indexOf('_'));
            assertThat(events.get(0).id()).isEqualTo(streamId + "_0");
            List<JsonNode> messages = events.stream().skip(1).map(SseClient.Event::json).toList();
            assertThat(messages).containsExactly(
                    McpHttp.json("""
                            {"jsonrpc":"2.0","method":"notifications/message",
                             "params":{"level":"info","logger":"importRows","data":"Importing 2 rows"}}"""),
                    McpHttp.json("""
                            {"jsonrpc":"2.0","method":"notifications/progress",
                             "params":{"progressToken":"tok-1","progress":1.0,"total":2.0,"message":"Row 1"}}"""),
                    McpHttp.json("""
                            {"jsonrpc":"2.0","method":"notifications/progress",
                             "params":{"progressToken":"tok-1","progress":2.0,"total":2.0,"message":"Row 2"}}"""),
                    McpHttp.json("""
                            {"jsonrpc":"2.0","method":"notifications/message",
                             "params":{"level":"debug","logger":"importRows","data":"debug detail"}}"""),
                    McpHttp.json("""
                            {"jsonrpc":"2.0","method":"notifications/message",
                             "params":{"level":"error","logger":"importRows","data":{"rows":2}}}"""),
                    McpHttp.json("""
                            {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text",
                             "text":"imported 2, progress requested: true"}]}}"""));
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).id()).isEqualTo(streamId + "_" + i);
            }
        }
    }

    @Test
    void setLevelFiltersLowerLevelsAndNoTokenMeansNoProgress() {
        String session = McpSessions.open("{}");
        McpHttp.request(session, "logging/setLevel", "{\"level\":\"warning\"}").then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("{\"jsonrpc\":\"2.0\",\"id\":7,\"result\":{}}"));
        try (SseClient stream = SseClient.post(session, McpSessions.toolCall("importRows", "{\"rows\":2}"))) {
            List<JsonNode> messages = stream.rest().stream().filter(e -> !e.data().isEmpty())
                    .map(SseClient.Event::json).toList();
            assertThat(messages).containsExactly(
                    McpHttp.json("""
                            {"jsonrpc":"2.0","method":"notifications/message",
                             "params":{"level":"error","logger":"importRows","data":{"rows":2}}}"""),
                    McpHttp.json("""
                            {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text",
                             "text":"imported 2, progress requested: false"}]}}"""));
        }
    }

    @Test
    void setLevelRejectsAnUnknownLevel() {
        String session = McpSessions.open("{}");
        McpHttp.request(session, "logging/setLevel", "{\"level\":\"verbose\"}").then().statusCode(200)
                .body(org.hamcrest.Matchers.equalTo("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32602,"
                        + "\"message\":\"logging/setLevel needs a 'level': one of debug, info, notice, warning, "
                        + "error, critical, alert, emergency\"}}"));
    }

    @Test
    void aToolThatSendsNothingAnswersWithJson() {
        String session = McpSessions.open("{}");
        McpHttp.callTool(session, "quiet", "{}").then().statusCode(200).contentType("application/json");
    }

    @Test
    void withoutSseTheNotificationsGoToTheGetStreamOnce() {
        String session = McpSessions.open("{}");
        try (SseClient get = SseClient.get(session, null)) {
            assertThat(get.status()).isEqualTo(200);
            SseClient.Event priming = get.next();
            assertThat(priming.data()).isEmpty();
            try (SseClient post = SseClient.post(session,
                    McpSessions.toolCallWithProgress(8, "importRows", "{\"rows\":1}", "t"), "application/json")) {
                assertThat(post.contentType()).isEqualTo("application/json");
                assertThat(McpHttp.json(post.body())).isEqualTo(McpHttp.json("""
                        {"jsonrpc":"2.0","id":8,"result":{"content":[{"type":"text",
                         "text":"imported 1, progress requested: true"}]}}"""));
            }
            assertThat(get.nextMessage().path("params").path("data").asText()).isEqualTo("Importing 1 rows");
            assertThat(get.nextMessage().path("method").asText()).isEqualTo("notifications/progress");
            assertThat(get.nextMessage().path("params").path("data").asText()).isEqualTo("debug detail");
            assertThat(get.nextMessage().path("params").path("level").asText()).isEqualTo("error");
        }
    }

    @Test
    void concurrentCallsEachGetOnlyTheirOwnNotifications() throws Exception {
        String session = McpSessions.open("{}");
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> messagesOf(session, 21, "a"));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> messagesOf(session, 22, "b"));
        for (var call : List.of(first, second)) {
            List<JsonNode> messages = call.get(60, java.util.concurrent.TimeUnit.SECONDS);
            String token = messages.get(messages.size() - 1).path("id").asInt() == 21 ? "a" : "b";
            assertThat(messages).hasSize(6);
            assertThat(messages.stream().filter(m -> m.path("method").asText().equals("notifications/progress")))
                    .hasSize(2).allMatch(m -> m.path("params").path("progressToken").asText().equals(token));
        }
    }

    private static List<JsonNode> messagesOf(String session, int id, String token) {
        try (SseClient stream = SseClient.post(session,
                McpSessions.toolCallWithProgress(id, "importRows", "{\"rows\":2}", token))) {
            return stream.rest().stream().filter(e -> !e.data().isEmpty()).map(SseClient.Event::json).toList();
        }
    }

    @Test
    void initializeAdvertisesLogging() {
        String body = McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result").path("capabilities").path("logging").isObject()).isTrue();
    }
}
