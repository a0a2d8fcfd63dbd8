package io.mcpwarden.deployment.test.streams;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * GET opens the session's standalone SSE stream: primed with an event id and the retry interval, one connection at
 * a time, resumable by event id only within the session, and ended with the session.
 */
class StandaloneStreamTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    static class Tools {
        @Tool
        String ping() {
            return "pong";
        }
    }

    @Test
    void getOpensAPrimedStreamAndASecondGetIsAConflict() {
        String session = McpSessions.open("{}");
        try (SseClient stream = SseClient.get(session, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).isEqualTo("text/event-stream");
            assertThat(stream.header("Cache-Control")).isEqualTo("no-cache");
            SseClient.Event priming = stream.next();
            assertThat(priming.id()).matches("[0-9]+_0");
            assertThat(priming.data()).isEmpty();
            assertThat(priming.retry()).isEqualTo(1000L);
            try (SseClient second = SseClient.get(session, null)) {
                assertThat(second.status()).isEqualTo(409);
                assertThat(McpHttp.json(second.body()).path("error").path("message").asText())
                        .isEqualTo("Conflict: this session already has an open GET stream");
            }
        }
    }

    @Test
    void resumingTakesOverTheConnectionOfTheSameStream() {
        String session = McpSessions.open("{}");
        try (SseClient first = SseClient.get(session, null)) {
            String primingId = first.next().id();
            try (SseClient resumed = SseClient.get(session, primingId)) {
                assertThat(resumed.status()).isEqualTo(200);
                assertThat(resumed.next().retry()).isEqualTo(1000L);
                // the first connection was ended by the server
                assertThat(first.next()).isNull();
            }
        }
    }

    @Test
    void unknownOrMalformedLastEventIdIs400() {
        String session = McpSessions.open("{}");
        for (String lastEventId : new String[] { "999_1", "garbage", "1_x" }) {
            try (SseClient stream = SseClient.get(session, lastEventId)) {
                assertThat(stream.status()).isEqualTo(400);
                assertThat(McpHttp.json(stream.body()).path("error").path("message").asText()).isEqualTo(
                        "Bad request: the Last-Event-ID names no stream of this session that can be resumed");
            }
        }
    }

    @Test
    void anotherSessionCannotResumeTheStream() {
        String owner = McpSessions.open("{}");
        String other = McpSessions.open("{}");
        try (SseClient stream = SseClient.get(owner, null)) {
            String primingId = stream.next().id();
            try (SseClient foreign = SseClient.get(other, primingId)) {
                assertThat(foreign.status()).isEqualTo(400);
            }
        }
    }

    @Test
    void deletingTheSessionEndsItsStream() {
        String session = McpSessions.open("{}");
        try (SseClient stream = SseClient.get(session, null)) {
            stream.next();
            given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).then().statusCode(204);
            assertThat(stream.next()).isNull();
        }
    }
}
