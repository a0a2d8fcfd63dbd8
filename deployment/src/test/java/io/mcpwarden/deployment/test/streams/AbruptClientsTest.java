package io.mcpwarden.deployment.test.streams;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Progress;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.RestAssured;

/**
 * Clients that misbehave at the socket level: one that resets its connection in the middle of a tool call's event
 * stream, ones that reset while sending headers or a body, and one that sends half a body and stalls. None of them
 * holds up other clients, the tool call runs to its end, and the server keeps answering without leaking threads.
 */
class AbruptClientsTest {

    static final CountDownLatch STREAMING = new CountDownLatch(1);
    static final CountDownLatch RELEASE = new CountDownLatch(1);
    static final CountDownLatch FINISHED = new CountDownLatch(1);

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    AbruptClientsTest.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {
        @Tool
        String slowReport(Progress progress) throws InterruptedException {
            progress.report(1, 3.0, "started");
            STREAMING.countDown();
            RELEASE.await(60, TimeUnit.SECONDS);
            progress.report(2, 3.0, "still going");
            FINISHED.countDown();
            return "done";
        }
    }

    @Test
    void aClientThatResetsMidStreamLeavesTheToolToFinishAndTheSessionWorking() throws Exception {
        String session = McpSessions.open("{}");
        String body = McpSessions.toolCallWithProgress(5, "slowReport", "{}", "p-1");
        try (Socket socket = connect()) {
            send(socket, "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Accept: application/json, text/event-stream\r\nMcp-Session-Id: " + session
                    + "\r\nMCP-Protocol-Version: 2025-11-25\r\nContent-Length: "
                    + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body);
            assertThat(STREAMING.await(60, TimeUnit.SECONDS)).isTrue();
            assertThat(readSome(socket)).startsWith("HTTP/1.1 200").contains("text/event-stream");
            socket.setSoLinger(true, 0); // close with a reset, not a clean FIN
        }
        RELEASE.countDown();

        assertThat(FINISHED.await(60, TimeUnit.SECONDS)).as("the tool ran to its end").isTrue();
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
        assertThat(McpHttp.callToolResult(McpSessions.open("{}"), "slowReport", "{}"))
                .isEqualTo(McpHttp.textResult("done"));
    }

    @Test
    void resetsWhileSendingAndAStalledHalfBodyNeitherBlockOthersNorLeakThreads() throws Exception {
        String session = McpHttp.openSession();
        McpHttp.request(session, "ping", "{}").then().statusCode(200);
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

        try (Socket stalled = connect()) {
            send(stalled, "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 5000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1,");
            for (int i = 0; i < 60; i++) {
                try (Socket socket = connect()) {
                    String request = "POST /mcp HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Mcp-Session-Id: " + session + "\r\nContent-Length: 4000\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":";
                    // Cut off in the headers, or in the body.
                    send(socket, i % 2 == 0 ? request.substring(0, 40) : request);
                    socket.setSoLinger(true, 0);
                }
            }
            // While one connection still holds half a body, everyone else is served.
            McpHttp.request(session, "ping", "{}").then().statusCode(200);
            McpHttp.request(McpHttp.openSession(), "tools/list", "{}").then().statusCode(200);
        }

        McpHttp.request(session, "ping", "{}").then().statusCode(200);
        assertThat(ManagementFactory.getThreadMXBean().getThreadCount())
                .as("threads after 60 reset connections (before: %d)", threadsBefore)
                .isLessThanOrEqualTo(threadsBefore + 10);
    }

    private static Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", RestAssured.port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** What the server has sent so far: at least the status line and headers. */
    private static String readSome(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder received = new StringBuilder();
        byte[] buffer = new byte[4096];
        while (!received.toString().contains("\r\n\r\n")) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            received.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return received.toString();
    }
}
