package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A bounded soak on loopback, with authentication and the built-in authorization server on: {@value #CLIENTS} clients,
 * each registered and authorized once, open an MCP session, call tools, end the session with DELETE, and again, for
 * {@code -Dwarden.soak.duration} (an ISO-8601 or {@code 120s}-style duration, default 2 minutes), refreshing their
 * access tokens (20 s lifetime in this profile) before they expire. Every response must be the expected one (no error
 * of any kind), refreshes and session churn must really happen, and after the load the heap live set (after GC) and
 * the thread count must be within a bound of what they were after the warm-up. Nothing is asserted about speed.
 */
@QuarkusTest
@TestProfile(AuthenticatedSoakTest.ShortLivedTokens.class)
class AuthenticatedSoakTest {

    static final int CLIENTS = 3;
    static final Duration ACCESS_TOKEN_LIFETIME = Duration.ofSeconds(20);
    /** Refresh when the access token has less than this left. */
    static final Duration REFRESH_MARGIN = Duration.ofSeconds(5);
    /** A leaked session would keep this much: the server stores the clientInfo of initialize with the session. */
    static final String CLIENT_INFO_PADDING = "x".repeat(16 * 1024);
    static final long HEAP_GROWTH_BOUND = 48L * 1024 * 1024;
    static final int THREAD_GROWTH_BOUND = 16;

    public static class ShortLivedTokens extends EmbeddedAuthorizationServerProfile {
        @Override
        protected String database() {
            return "soak-" + ProcessHandle.current().pid();
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.warden.authorization-server.access-token-lifetime", ACCESS_TOKEN_LIFETIME.toString());
            // One JSON line per call would flood the build log; the CDI events still fire.
            config.put("quarkus.warden.audit.log", "false");
            return config;
        }
    }

    private final AtomicLong sessions = new AtomicLong();
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong refreshes = new AtomicLong();

    @Test
    void steadyAuthenticatedLoadWithRefreshesAndSessionChurn() throws Exception {
        Duration duration = duration(System.getProperty("warden.soak.duration", "120s"));
        assertThat(duration).as("-Dwarden.soak.duration must leave time for token refreshes")
                .isGreaterThanOrEqualTo(ACCESS_TOKEN_LIFETIME.multipliedBy(3).dividedBy(2));
        Duration warmUp = duration.dividedBy(6);

        List<Worker> workers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            workers.add(new Worker(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<Future<?>> running = new ArrayList<>();
        for (Worker worker : workers) {
            running.add(pool.submit(() -> worker.run(end)));
        }

        Thread.sleep(warmUp.toMillis());
        long heapAfterWarmUp = liveHeap();
        int threadsAfterWarmUp = ManagementFactory.getThreadMXBean().getThreadCount();
        long sessionsAfterWarmUp = sessions.get();

        pool.shutdown();
        for (Future<?> worker : running) {
            worker.get(duration.toSeconds() + 120, TimeUnit.SECONDS); // rethrows the first failed assertion
        }
        assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        long heapAtEnd = liveHeap();
        int threadsAtEnd = ManagementFactory.getThreadMXBean().getThreadCount();

        System.out.printf("Soak %s: %d sessions (%d after warm-up), %d tool calls, %d refreshes; live heap %d MB after"
                + " warm-up, %d MB at the end; %d threads after warm-up, %d at the end%n", duration, sessions.get(),
                sessionsAfterWarmUp, calls.get(), refreshes.get(), heapAfterWarmUp >> 20, heapAtEnd >> 20,
                threadsAfterWarmUp, threadsAtEnd);
        assertThat(refreshes.get()).as("token refreshes").isGreaterThanOrEqualTo(CLIENTS);
        assertThat(sessions.get()).as("sessions opened and ended").isGreaterThanOrEqualTo(20L * CLIENTS);
        assertThat(calls.get()).as("tool calls").isGreaterThanOrEqualTo(3 * sessions.get());
        assertThat(heapAtEnd).as("live heap at the end, vs %d MB after warm-up", heapAfterWarmUp >> 20)
                .isLessThanOrEqualTo(heapAfterWarmUp + HEAP_GROWTH_BOUND);
        assertThat(threadsAtEnd).as("threads at the end").isLessThanOrEqualTo(threadsAfterWarmUp + THREAD_GROWTH_BOUND);
    }

    /** One client: its own registration, grant and HTTP connections. */
    private final class Worker {

        private final int index;
        private final OAuthClient client;
        private final BearerMcp mcp = new BearerMcp(EmbeddedAuthorizationServerProfile.RESOURCE);
        private String accessToken;
        private String refreshToken;
        private long expiresAt;

        Worker(int index) {
            this.index = index;
            this.client = OAuthClient.register(EmbeddedAuthorizationServerProfile.ORIGIN, "Soak " + index, "none",
                    secret -> {
                    });
            OAuthClient.Authorization authorization = client.authorize("orders:read", null);
            take(authorization.tokens());
        }

        void run(long end) {
            int request = 1;
            while (System.nanoTime() < end) {
                if (expiresAt - System.nanoTime() < REFRESH_MARGIN.toNanos()) {
                    HttpResponse<String> refreshed = client.refresh(refreshToken);
                    assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
                    JsonNode tokens = client.json(refreshed);
                    assertThat(tokens.path("refresh_token").asText()).isNotEqualTo(refreshToken);
                    take(tokens);
                    refreshes.incrementAndGet();
                }
                String session = open();
                sessions.incrementAndGet();
                for (int i = 0; i < 4; i++) {
                    int id = request++;
                    if (i % 2 == 0) {
                        assertThat(mcp.call(accessToken, session, id, "find_order", "{\"orderId\":\"ORD-100"
                                + (1 + (id + index) % 6) + "\"}").path("id").asText()).startsWith("ORD-100");
                    } else {
                        assertThat(mcp.call(accessToken, session, id, "list_orders", "{\"limit\":3}")
                                .path("orders").size()).isEqualTo(3);
                    }
                    calls.incrementAndGet();
                }
                HttpResponse<String> deleted = mcp.delete(accessToken, session);
                assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
                HttpResponse<String> gone = mcp.post(accessToken, session, BearerMcp.toolCall(request++,
                        "find_order", "{\"orderId\":\"ORD-1001\"}"));
                assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
            }
        }

        private String open() {
            HttpResponse<String> initialized = mcp.post(accessToken, null, "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":"
                    + "\"initialize\",\"params\":{\"protocolVersion\":\"" + BearerMcp.VERSION + "\",\"capabilities\":"
                    + "{},\"clientInfo\":{\"name\":\"soak-" + index + "\",\"version\":\"1.0\",\"description\":\""
                    + CLIENT_INFO_PADDING + "\"}}}");
            assertThat(initialized.statusCode()).as(initialized.body()).isEqualTo(200);
            String session = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
            HttpResponse<String> notified = mcp.post(accessToken, session,
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
            assertThat(notified.statusCode()).as(notified.body()).isEqualTo(202);
            return session;
        }

        private void take(JsonNode tokens) {
            accessToken = tokens.path("access_token").asText();
            refreshToken = tokens.path("refresh_token").asText();
            long lifetime = tokens.path("expires_in").asLong();
            assertThat(lifetime).isEqualTo(ACCESS_TOKEN_LIFETIME.toSeconds());
            expiresAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(lifetime);
        }
    }

    /** The heap in use after full collections: the smallest of a few, as one may run while objects are in flight. */
    private static long liveHeap() throws InterruptedException {
        long smallest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
            smallest = Math.min(smallest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return smallest;
    }

    static Duration duration(String value) {
        String text = value.trim();
        if (text.matches("\\d+")) {
            return Duration.ofSeconds(Long.parseLong(text));
        }
        if (text.matches("\\d+[smhSMH]")) {
            return Duration.parse("PT" + text.toUpperCase(java.util.Locale.ROOT));
        }
        return Duration.parse(text);
    }
}
