package io.mcpwarden.deployment.test.protocol;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class SessionLifecycleTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class));

    @Test
    void requestWithoutSessionIdIs400() {
        McpHttp.post().body("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}").post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(3))
                .body("error.code", equalTo(-32600))
                .body("error.message",
                        equalTo("Bad request: the Mcp-Session-Id header is required; call initialize first"));
    }

    @Test
    void requestWithUnknownSessionIdIs404() {
        McpHttp.request("not-a-session", "tools/list", "{}").then()
                .statusCode(404)
                .body("id", equalTo(7))
                .body("error.code", equalTo(-32001))
                .body("error.message", equalTo("Session not found"));
    }

    @Test
    void deleteEndsTheSessionAndLaterRequestsGet404() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "ping", "{}").then().statusCode(200).body("result.size()", equalTo(0));

        given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).then()
                .statusCode(204)
                .body(emptyString());

        McpHttp.request(session, "ping", "{}").then().statusCode(404).body("error.code", equalTo(-32001));
        given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).then().statusCode(404);
    }

    @Test
    void concurrentInitializesEachGetTheirOwnWorkingSession() throws Exception {
        List<String> sessions = inParallel(16, McpHttp::openSession);

        assertThat(new HashSet<>(sessions)).hasSize(16);
        for (String session : sessions) {
            McpHttp.request(session, "ping", "{}").then().statusCode(200);
        }
    }

    @Test
    void concurrentDeletesOfOneSessionHaveExactlyOneWinnerAndRacingRequestsGet200Or404() throws Exception {
        String session = McpHttp.openSession();

        List<Integer> statuses = inParallel(16, () -> {
            int delete = given().header("Mcp-Session-Id", session).delete(McpHttp.PATH).statusCode();
            int ping = McpHttp.request(session, "ping", "{}").statusCode();
            return delete * 1000 + ping;
        });

        assertThat(statuses).map(s -> s / 1000).filteredOn(s -> s == 204).hasSize(1);
        assertThat(statuses).map(s -> s / 1000).filteredOn(s -> s == 404).hasSize(15);
        assertThat(statuses).map(s -> s % 1000).allSatisfy(s -> assertThat(s).isIn(200, 404));
        McpHttp.request(session, "ping", "{}").then().statusCode(404);
    }

    private static <T> List<T> inParallel(int count, Callable<T> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Callable<T>> tasks = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                tasks.add(task);
            }
            List<T> results = new ArrayList<>();
            for (Future<T> result : pool.invokeAll(tasks)) {
                results.add(result.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void deleteWithoutSessionIdIs400() {
        given().delete(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", nullValue())
                .body("error.message", equalTo("Bad request: the Mcp-Session-Id header is required"));
    }

    @Test
    void initializeInsideASessionIsRefused() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "initialize", "{\"protocolVersion\":\"2025-11-25\"}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32600));
    }
}
