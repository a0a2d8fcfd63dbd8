package io.mcpwarden.deployment.test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.RestAssured;

/**
 * Reads SSE streams of the MCP endpoint over real HTTP, event by event, as a client library would.
 */
public final class SseClient implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final HttpResponse<java.io.InputStream> response;
    private final BufferedReader reader;

    private SseClient(HttpResponse<java.io.InputStream> response) {
        this.response = response;
        this.reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8));
    }

    /**
     * One SSE event: its id (or null), its data (may be empty) and its retry field (or null).
     */
    public record Event(String id, String data, Long retry) {
        public JsonNode json() {
            return McpHttp.json(data);
        }
    }

    public static URI endpoint() {
        return URI.create("http://127.0.0.1:" + RestAssured.port + McpHttp.PATH);
    }

    /**
     * POSTs a JSON-RPC message in a session, accepting JSON and SSE.
     */
    public static SseClient post(String session, String body) {
        return post(session, body, McpHttp.ACCEPT_BOTH);
    }

    public static SseClient post(String session, String body, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).header("Accept", accept)
                .header("Content-Type", "application/json").header("MCP-Protocol-Version", "2025-11-25")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header("Mcp-Session-Id", session);
        }
        return send(request.build());
    }

    /**
     * Opens (or, with a last event id, resumes) a GET stream.
     */
    public static SseClient get(String session, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint()).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-11-25").GET();
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        return send(request.build());
    }

    /**
     * Sends any request and reads its response as a stream.
     */
    public static SseClient send(HttpRequest request) {
        try {
            return new SseClient(HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public int status() {
        return response.statusCode();
    }

    public String contentType() {
        return response.headers().firstValue("Content-Type").orElse(null);
    }

    public String header(String name) {
        return response.headers().firstValue(name).orElse(null);
    }

    /**
     * The next event, or null when the server ended the stream.
     */
    public Event next() {
        String id = null;
        Long retry = null;
        StringBuilder data = null;
        boolean any = false;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (any) {
                        return new Event(id, data == null ? "" : data.toString(), retry);
                    }
                    continue;
                }
                any = true;
                if (line.startsWith("id:")) {
                    id = line.substring(3).trim();
                } else if (line.startsWith("retry:")) {
                    retry = Long.parseLong(line.substring(6).trim());
                } else if (line.startsWith("data:")) {
                    String value = line.substring(5).startsWith(" ") ? line.substring(6) : line.substring(5);
                    data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                }
            }
            return any ? new Event(id, data == null ? "" : data.toString(), retry) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * The next event that carries a JSON-RPC message (skipping priming and retry-only events), or null at the end.
     */
    public JsonNode nextMessage() {
        Event event;
        while ((event = next()) != null) {
            if (!event.data().isBlank()) {
                return event.json();
            }
        }
        return null;
    }

    /**
     * Every remaining event until the server ends the stream.
     */
    public List<Event> rest() {
        List<Event> events = new ArrayList<>();
        Event event;
        while ((event = next()) != null) {
            events.add(event);
        }
        return events;
    }

    /**
     * The whole body as text (for JSON responses).
     */
    public String body() {
        try {
            return new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            response.body().close();
        } catch (IOException e) {
            // already closed
        }
    }
}
