package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.McpLog;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.RestAssured;

/**
 * A client that stops reading an SSE response while the tool writes megabytes of notifications does not make the
 * server queue them all: once the connection's write queue is full, events wait in the stream's bounded replay
 * buffer, and after {@code streams.slow-reader-timeout} the server closes the connection. The stream goes on, so the
 * client resumes it with {@code Last-Event-ID} and still gets the result. A client that reads slowly but steadily
 * keeps its connection and gets the result on it.
 */
class SlowReaderTest {

    /** 600 notifications of 16 KiB: about 10 MB, far more than socket buffers hold. */
    static final int EVENTS = 600;
    static final int EVENT_BYTES = 16 * 1024;
    static final CountDownLatch FLOODED = new CountDownLatch(1);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class))
            .overrideConfigKey("quarkus.warden.streams.slow-reader-timeout", "1S");

    static class Tools {
        @Tool
        String flood(int events, McpLog log) {
            String filler = "x".repeat(EVENT_BYTES);
            for (int i = 0; i < events; i++) {
                log.info(i + filler);
            }
            FLOODED.countDown();
            return "flooded";
        }
    }

    @Test
    void aClientThatStopsReadingIsDisconnectedAndResumesTheStreamForTheResult() throws Exception {
        String session = McpSessions.open("{}");
        byte[] received;
        try (Socket socket = socket(4096)) {
            postToolCall(socket, session, EVENTS);
            assertThat(FLOODED.await(60, TimeUnit.SECONDS)).as("the tool wrote all its events").isTrue();

            // While this client reads nothing, the server answers everyone else.
            McpHttp.request(McpHttp.openSession(), "ping", "{}").then().statusCode(200);
            McpHttp.request(session, "ping", "{}").then().statusCode(200);

            received = readUntilClosed(socket);
        }
        String text = new String(received, StandardCharsets.ISO_8859_1);
        assertThat(text).startsWith("HTTP/1.1 200").contains("text/event-stream");
        // What the kernel had already accepted still arrives after the server stops writing: the loopback send buffer
        // grows up to net.ipv4.tcp_wmem's maximum (4 MiB by default), about 3.3 MB in practice. Far below the 9.8 MB
        // the tool wrote.
        assertThat(received.length).as("bytes the server sent before it gave up on the reader")
                .isLessThan(EVENTS * EVENT_BYTES / 2);
        assertThat(text).as("the connection was closed before the result").doesNotContain("\"text\":\"flooded\"")
                .doesNotContain("\r\n0\r\n\r\n");

        Matcher priming = Pattern.compile("id: (\\d+_0)\n").matcher(text);
        assertThat(priming.find()).isTrue();
        try (SseClient resumed = SseClient.get(session, priming.group(1))) {
            assertThat(resumed.status()).isEqualTo(200);
            List<JsonNode> messages = resumed.rest().stream().filter(event -> !event.data().isEmpty())
                    .map(SseClient.Event::json).toList();
            assertThat(messages.get(messages.size() - 1)).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","id":7,"result":{"content":[{"type":"text","text":"flooded"}]}}"""));
            assertThat(messages).as("the replay buffer: the last 99 notifications and the result").hasSize(100);
        }
    }

    @Test
    void aClientThatReadsSlowlyButSteadilyKeepsItsConnectionAndGetsTheResult() throws Exception {
        String session = McpSessions.open("{}");
        // A window above the loopback segment size: a smaller one makes TCP itself stall the reader for seconds.
        try (Socket socket = socket(256 * 1024)) {
            postToolCall(socket, session, EVENTS);
            InputStream in = socket.getInputStream();
            byte[] chunk = new byte[64 * 1024];
            // The last bytes read: the response ends with its result event and the final (empty) chunk.
            String tail = "";
            while (!tail.endsWith("\r\n0\r\n\r\n")) {
                int n = in.read(chunk);
                assertThat(n).as("the server closed the connection of a reading client").isPositive();
                tail = tail + new String(chunk, 0, n, StandardCharsets.ISO_8859_1);
                tail = tail.substring(Math.max(0, tail.length() - 512));
                Thread.sleep(2);
            }
            assertThat(tail).contains("\"text\":\"flooded\"");
        }
    }

    private static Socket socket(int receiveBufferBytes) throws IOException {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(receiveBufferBytes);
        socket.connect(new InetSocketAddress("127.0.0.1", RestAssured.port), 10_000);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void postToolCall(Socket socket, String session, int events) throws IOException {
        String body = McpSessions.toolCall("flood", "{\"events\":" + events + "}");
        socket.getOutputStream().write(("POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                + "Accept: application/json, text/event-stream\r\nMcp-Session-Id: " + session
                + "\r\nMCP-Protocol-Version: 2025-11-25\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body).getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
    }

    /** Sleeps past the slow-reader timeout, then reads everything the server had sent until it closed. */
    private static byte[] readUntilClosed(Socket socket) throws IOException, InterruptedException {
        Thread.sleep(3000);
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        InputStream in = socket.getInputStream();
        try {
            for (int n; (n = in.read(chunk)) >= 0;) {
                all.write(chunk, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new AssertionError("the server kept the connection of a client that stopped reading open", e);
        } catch (IOException reset) {
            // A close with unread data may arrive as a reset: what was read so far is what the server sent.
        }
        return all.toByteArray();
    }
}
