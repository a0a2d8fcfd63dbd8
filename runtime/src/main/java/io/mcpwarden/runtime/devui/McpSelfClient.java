package io.mcpwarden.runtime.devui;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.protocol.ProtocolVersions;

/**
 * Calls a tool of this application over real HTTP, the way an MCP client would: {@code initialize},
 * {@code notifications/initialized}, then {@code tools/call}, each with the given bearer token. Every refusal comes
 * back as the endpoint sent it (status, {@code WWW-Authenticate}, body), from whichever step refused.
 */
final class McpSelfClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final String VERSION = ProtocolVersions.V2025_11_25;

    /**
     * What the endpoint answered to the last request sent.
     *
     * @param step {@code initialize} or {@code tools/call}: the request that got this answer
     * @param status the HTTP status
     * @param wwwAuthenticate the challenge, or null
     * @param body the JSON-RPC response (the last {@code data} of an event stream), or the raw body
     */
    record Outcome(String step, int status, String wwwAuthenticate, String body) {
    }

    private final URI endpoint;
    private final ObjectMapper mapper;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    McpSelfClient(URI endpoint, ObjectMapper mapper) {
        this.endpoint = endpoint;
        this.mapper = mapper;
    }

    Outcome callTool(String token, String tool, ObjectNode arguments) throws IOException, InterruptedException {
        ObjectNode initialize = request(1, "initialize");
        ObjectNode initParams = initialize.putObject("params");
        initParams.put("protocolVersion", VERSION);
        initParams.putObject("capabilities");
        initParams.putObject("clientInfo").put("name", "mcp-warden-dev-ui").put("version", "1");
        HttpResponse<String> initialized = send(token, null, initialize);
        String session = initialized.headers().firstValue("Mcp-Session-Id").orElse(null);
        if (initialized.statusCode() != 200 || session == null) {
            return outcome("initialize", initialized);
        }
        ObjectNode notification = mapper.createObjectNode().put("jsonrpc", "2.0")
                .put("method", "notifications/initialized");
        HttpResponse<String> acknowledged = send(token, session, notification);
        if (acknowledged.statusCode() != 202) {
            return outcome("notifications/initialized", acknowledged);
        }
        ObjectNode call = request(2, "tools/call");
        call.putObject("params").put("name", tool).set("arguments", arguments);
        return outcome("tools/call", send(token, session, call));
    }

    private ObjectNode request(int id, String method) {
        return mapper.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method);
    }

    private HttpResponse<String> send(String token, String session, ObjectNode message)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Accept", "application/json, text/event-stream")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(mapper.writeValueAsString(message)));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token.trim());
        }
        if (session != null) {
            request.header("Mcp-Session-Id", session).header("MCP-Protocol-Version", VERSION);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Outcome outcome(String step, HttpResponse<String> response) {
        String contentType = response.headers().firstValue("Content-Type").orElse("");
        String body = contentType.startsWith("text/event-stream") ? lastEventData(response.body()) : response.body();
        return new Outcome(step, response.statusCode(), response.headers().firstValue("WWW-Authenticate").orElse(null),
                body);
    }

    /**
     * The data of the last event that has some: the JSON-RPC response comes after any progress or log messages.
     */
    static String lastEventData(String stream) {
        String last = null;
        StringBuilder data = null;
        for (String line : stream.split("\r?\n", -1)) {
            if (line.startsWith("data:")) {
                if (data == null) {
                    data = new StringBuilder();
                } else {
                    data.append('\n');
                }
                data.append(line.substring(line.startsWith("data: ") ? 6 : 5));
            } else if (line.isEmpty() && data != null) {
                last = data.toString();
                data = null;
            }
        }
        return data != null ? data.toString() : last;
    }
}
