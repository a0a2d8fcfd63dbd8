package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.QuarkusDevModeTest;

/**
 * The Dev UI card's tokens in a dev-mode application that is its own authorization server (as the demo is): a minted
 * token is accepted next to the built-in authorization server's own tokens, within its scopes only.
 */
class DevUiWithAuthorizationServerTest {

    static final int PORT = freeLoopbackPort();
    static final String RESOURCE = "http://127.0.0.1:" + PORT + "/mcp";

    @RegisterExtension
    static final QuarkusDevModeTest app = new QuarkusDevModeTest()
            .withApplicationRoot(jar -> jar.addClasses(DeskTools.class)
                    .addAsResource(new StringAsset(String.join("\n",
                            "quarkus.http.host=127.0.0.1",
                            "quarkus.http.port=" + PORT,
                            "quarkus.warden.resource=" + RESOURCE,
                            "quarkus.warden.auth.enabled=true",
                            "quarkus.oidc.tenant-enabled=false",
                            "quarkus.oidc.devservices.enabled=false",
                            "quarkus.warden.scopes.\"orders\\:read\".description=See orders",
                            "quarkus.warden.scopes.\"orders\\:write\".description=Cancel orders",
                            "quarkus.warden.authorization-server.enabled=true",
                            "quarkus.warden.authorization-server.users.alice.password-hash="
                                    + BcryptUtil.bcryptHash("not used here", 4),
                            "quarkus.datasource.warden.jdbc.url=jdbc:h2:mem:devui;DB_CLOSE_DELAY=-1", "")),
                            "application.properties"));

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void mintedTokenIsAcceptedWithinItsScopesNextToTheAuthorizationServersTokens() throws Exception {
        JsonNode setup = rpc("getMintingSetup", Map.of());
        assertThat(setup.get("available").asBoolean()).isTrue();
        assertThat(setup.get("audience").asText()).isEqualTo(RESOURCE);

        JsonNode minted = rpc("mintToken", Map.of("subject", "alice", "scopes", "orders:read", "claims", ""));
        String token = minted.get("token").asText();

        JsonNode found = rpc("callTool", Map.of("token", token, "tool", "find_order", "arguments",
                "{\"orderId\":\"ORD-7\"}"));
        assertThat(found.get("status").asInt()).as("%s", found).isEqualTo(200);
        assertThat(mapper.readTree(found.get("body").asText()).at("/result/isError").asBoolean()).isFalse();

        JsonNode refused = rpc("callTool", Map.of("token", token, "tool", "cancel_order", "arguments",
                "{\"orderId\":\"ORD-7\"}"));
        assertThat(refused.get("status").asInt()).isEqualTo(403);
        assertThat(refused.get("wwwAuthenticate").asText()).startsWith("Bearer error=\"insufficient_scope\"");

        JsonNode none = rpc("callTool", Map.of("token", "", "tool", "find_order", "arguments", "{}"));
        assertThat(none.get("step").asText()).isEqualTo("initialize");
        assertThat(none.get("status").asInt()).isEqualTo(401);
    }

    /**
     * One Dev UI JSON-RPC call over the Dev UI websocket: the {@code result.object} of the response.
     */
    private JsonNode rpc(String method, Map<String, Object> params) throws Exception {
        ObjectNode request = mapper.createObjectNode().put("jsonrpc", "2.0").put("id", 1)
                .put("method", "quarkus-mcp-warden_" + method);
        request.set("params", mapper.valueToTree(params));
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        WebSocket socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create("ws://127.0.0.1:" + PORT + "/q/dev-ui/json-rpc-ws"), new WebSocket.Listener() {
                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            try {
                                JsonNode message = mapper.readTree(text.toString());
                                if (message.path("id").asInt() == 1) {
                                    response.complete(message);
                                }
                            } catch (IOException e) {
                                response.completeExceptionally(e);
                            }
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }

                    @Override
                    public void onError(WebSocket ws, Throwable error) {
                        response.completeExceptionally(error);
                    }
                }).get(30, TimeUnit.SECONDS);
        try {
            socket.sendText(mapper.writeValueAsString(request), true).get(30, TimeUnit.SECONDS);
            JsonNode message = response.get(90, TimeUnit.SECONDS);
            assertThat(message.hasNonNull("error")).as("%s", message).isFalse();
            return message.path("result").path("object");
        } finally {
            socket.abort();
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
