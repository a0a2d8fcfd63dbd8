package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Streamable HTTP requests to the demo's MCP endpoint with a bearer token, over {@link HttpClient} so that several
 * threads can share it.
 */
final class BearerMcp {

    static final String VERSION = "2025-11-25";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI endpoint;

    BearerMcp(String endpoint) {
        this.endpoint = URI.create(endpoint);
    }

    /** POSTs a JSON-RPC message; the token and session id may be null. */
    HttpResponse<String> post(String token, String sessionId, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (sessionId != null) {
            request.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", VERSION);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    HttpResponse<String> delete(String token, String sessionId) {
        return send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Mcp-Session-Id", sessionId)
                .header("MCP-Protocol-Version", VERSION).DELETE());
    }

    static String initializeRequest() {
        return "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"" + VERSION
                + "\",\"capabilities\":{},\"clientInfo\":{\"name\":\"warden-soak\",\"version\":\"1.0\"}}}";
    }

    static String toolCall(int id, String tool, String argumentsJson) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"tools/call\",\"params\":{\"name\":\"" + tool
                + "\",\"arguments\":" + argumentsJson + "}}";
    }

    /** initialize and notifications/initialized, asserting 200 and 202; returns the session id. */
    String open(String token) {
        HttpResponse<String> initialized = post(token, null, initializeRequest());
        assertThat(initialized.statusCode()).as(initialized.body()).isEqualTo(200);
        assertThat(json(initialized).path("result").path("protocolVersion").asText()).isEqualTo(VERSION);
        String sessionId = initialized.headers().firstValue("Mcp-Session-Id").orElseThrow();
        HttpResponse<String> notified = post(token, sessionId,
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
        assertThat(notified.statusCode()).as(notified.body()).isEqualTo(202);
        return sessionId;
    }

    /** tools/call, asserting a 200 with a result that is not a tool error; returns the structured content. */
    JsonNode call(String token, String sessionId, int id, String tool, String argumentsJson) {
        HttpResponse<String> response = post(token, sessionId, toolCall(id, tool, argumentsJson));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.path("id").asInt()).as(response.body()).isEqualTo(id);
        assertThat(body.has("error")).as(response.body()).isFalse();
        assertThat(body.path("result").path("isError").asBoolean()).as(response.body()).isFalse();
        return body.path("result").path("structuredContent");
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
