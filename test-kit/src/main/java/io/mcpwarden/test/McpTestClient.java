package io.mcpwarden.test;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * A small MCP client for tests: speaks Streamable HTTP to the application under test over real HTTP (rest-assured,
 * so the port Quarkus chose for the test is used), as one caller.
 *
 * <pre>{@code
 * McpTestClient reader = McpTestClient.as(TestTokens.withScopes("orders:read")).initialize();
 * assertThat(reader.listTools()).containsExactly("find_order", "list_orders");
 * reader.callTool("find_order", Map.of("orderId", "ORD-1002")).assertSuccess();
 * reader.callTool("cancel_order", Map.of("orderId", "ORD-1002", "reason", "late")).assertForbidden();
 * }</pre>
 *
 * {@link #initialize()} opens a session and keeps its {@code Mcp-Session-Id} and negotiated
 * {@code MCP-Protocol-Version}, which every later request sends. Not thread-safe: use one client per thread.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports">Streamable HTTP</a>
 */
public final class McpTestClient {

    /**
     * The protocol version this client asks for unless told otherwise.
     */
    public static final String DEFAULT_PROTOCOL_VERSION = "2025-11-25";

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String token;
    private String path;
    private String protocolVersion = DEFAULT_PROTOCOL_VERSION;
    private String sessionId;
    private int nextId = 1;

    private McpTestClient(String token) {
        this.token = token;
        this.path = ConfigProvider.getConfig().getOptionalValue("quarkus.warden.path", String.class).orElse("/mcp");
    }

    /**
     * A client that sends this bearer token on every request (see {@link TestTokens}).
     */
    public static McpTestClient as(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("McpTestClient.as needs a token; use McpTestClient.anonymous() for "
                    + "requests without one");
        }
        return new McpTestClient(token);
    }

    /**
     * A client that sends no {@code Authorization} header.
     */
    public static McpTestClient anonymous() {
        return new McpTestClient(null);
    }

    /**
     * The path of the MCP endpoint (default: {@code quarkus.warden.path}, else {@code /mcp}).
     */
    public McpTestClient path(String path) {
        this.path = path;
        return this;
    }

    /**
     * The protocol version to ask for in {@code initialize} (default {@value #DEFAULT_PROTOCOL_VERSION}).
     */
    public McpTestClient protocolVersion(String protocolVersion) {
        this.protocolVersion = protocolVersion;
        return this;
    }

    /**
     * Opens a session: sends {@code initialize}, which must succeed, then {@code notifications/initialized}.
     *
     * @throws AssertionError naming the status and challenge when the server refuses
     */
    public McpTestClient initialize() {
        attemptInitialize().assertSuccess();
        Response notified = request().body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}")
                .post(path);
        if (notified.statusCode() != 202) {
            throw new AssertionError("notifications/initialized was answered with HTTP " + notified.statusCode()
                    + " instead of 202: " + notified.asString());
        }
        return this;
    }

    /**
     * Sends {@code initialize} and returns the answer whatever it is, for tests of refusals
     * ({@code McpTestClient.anonymous().attemptInitialize().assertChallenge(...)}). On success the session id and
     * negotiated protocol version are kept, but {@code notifications/initialized} is not sent.
     */
    public McpResponse attemptInitialize() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("protocolVersion", protocolVersion);
        params.put("capabilities", Map.of());
        params.put("clientInfo", Map.of("name", "mcp-warden-test-kit", "version", "1.0"));
        McpResponse response = send("initialize", params);
        if (response.status() == 200 && response.header("Mcp-Session-Id") != null) {
            sessionId = response.header("Mcp-Session-Id");
            String negotiated = response.path("result.protocolVersion");
            if (negotiated != null) {
                protocolVersion = negotiated;
            }
        }
        return response;
    }

    /**
     * The names of the tools this caller may see, from every page of {@code tools/list}, in the server's order.
     *
     * @throws AssertionError when {@code tools/list} does not succeed
     */
    public List<String> listTools() {
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            McpResponse page = send("tools/list", cursor == null ? Map.of() : Map.of("cursor", cursor)).assertSuccess();
            List<String> pageNames = page.path("result.tools.name");
            names.addAll(pageNames);
            cursor = page.path("result.nextCursor");
        } while (cursor != null);
        return names;
    }

    /**
     * Calls a tool; the arguments become its JSON {@code arguments} (strings, numbers, booleans, lists, maps, and
     * what Jackson can serialize). Returns the answer whatever it is: a result, a tool error, or a refusal.
     */
    public McpResponse callTool(String name, Map<String, ?> arguments) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("name", name);
        params.put("arguments", arguments);
        return send("tools/call", params);
    }

    /**
     * Sends any JSON-RPC request in this client's session and returns the answer.
     */
    public McpResponse send(String method, Map<String, ?> params) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("jsonrpc", "2.0");
        int id = nextId++;
        message.put("id", id);
        message.put("method", method);
        message.put("params", params);
        try {
            return new McpResponse(method, request().body(JSON.writeValueAsString(message)).post(path), id);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The parameters of " + method + " cannot be written as JSON", e);
        }
    }

    /**
     * The session id from {@link #initialize()}, or null before it.
     */
    public String sessionId() {
        return sessionId;
    }

    private RequestSpecification request() {
        RequestSpecification request = given().accept("application/json, text/event-stream")
                .contentType("application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (sessionId != null) {
            request.header("Mcp-Session-Id", sessionId).header("MCP-Protocol-Version", protocolVersion);
        }
        return request;
    }
}
