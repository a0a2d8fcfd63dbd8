package io.mcpwarden.deployment.test.devui;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Calls the Dev UI's JSON-RPC methods the way the Dev UI pages do: one JSON-RPC request over the Dev UI websocket
 * ({@code /q/dev-ui/json-rpc-ws}), method {@code <namespace>_<method>}, named parameters; the answer is the
 * {@code result.object} of the response with the same id.
 */
final class DevUiJsonRpc {

    private static final AtomicInteger IDS = new AtomicInteger();

    private final URI uri;
    private final String namespace;
    private final ObjectMapper mapper = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    DevUiJsonRpc(int port, String namespace) {
        this.uri = URI.create("ws://127.0.0.1:" + port + "/q/dev-ui/json-rpc-ws");
        this.namespace = namespace;
    }

    JsonNode call(String method, Map<String, Object> params) throws Exception {
        int id = IDS.incrementAndGet();
        ObjectNode request = mapper.createObjectNode().put("jsonrpc", "2.0").put("id", id)
                .put("method", namespace + "_" + method);
        request.set("params", mapper.valueToTree(params));
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        WebSocket socket = http.newWebSocketBuilder().buildAsync(uri, new Listener(id, response))
                .get(30, TimeUnit.SECONDS);
        try {
            socket.sendText(mapper.writeValueAsString(request), true).get(30, TimeUnit.SECONDS);
            JsonNode message = response.get(90, TimeUnit.SECONDS);
            if (message.hasNonNull("error")) {
                throw new AssertionError("Dev UI JSON-RPC " + method + " failed: " + message.get("error"));
            }
            return message.path("result").path("object");
        } finally {
            socket.abort();
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final int id;
        private final CompletableFuture<JsonNode> response;
        private final StringBuilder text = new StringBuilder();

        Listener(int id, CompletableFuture<JsonNode> response) {
            this.id = id;
            this.response = response;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode message = mapper.readTree(text.toString());
                    if (message.path("id").asInt(-1) == id) {
                        response.complete(message);
                    }
                } catch (Exception e) {
                    response.completeExceptionally(e);
                }
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            response.completeExceptionally(error);
        }
    }
}
