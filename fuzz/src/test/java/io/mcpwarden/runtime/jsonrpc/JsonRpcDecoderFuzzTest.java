package io.mcpwarden.runtime.jsonrpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The JSON-RPC decoder behind both transports, fed the way {@code StreamableHttpHandler} and {@code StdioServer} feed
 * it: bytes parsed with {@code FAIL_ON_TRAILING_TOKENS}, then {@link JsonRpcDecoder#decode}. Every input ends in a
 * message that satisfies the JSON-RPC 2.0 rules as MCP applies them (checked against an independent classification
 * here), or in a parse error (-32700) or an invalid request (-32600) whose id is the request's when it has a valid one;
 * never in any other exception.
 */
class JsonRpcDecoderFuzzTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectReader READER = MAPPER.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] MEMBERS = { "jsonrpc", "id", "method", "params", "result", "error", "_meta" };
    private static final Set<Integer> SPEC_CODES = Set.of(JsonRpcErrorCode.PARSE_ERROR,
            JsonRpcErrorCode.INVALID_REQUEST);

    @FuzzTest(maxDuration = "20s")
    void decode(FuzzedDataProvider data) {
        byte[] body = data.consumeBoolean() ? envelope(data) : data.consumeRemainingAsBytes();
        ObjectNode error = decodeOrError(body);
        if (error != null) {
            // The error object is what the client receives: it must itself be a valid JSON-RPC error response.
            assertThat(error.get("jsonrpc").asText()).isEqualTo("2.0");
            assertThat(SPEC_CODES).contains(error.get("error").get("code").asInt());
            JsonNode id = error.get("id");
            assertThat(id.isNull() || id.isTextual() || id.isIntegralNumber()).as("error id %s", id).isTrue();
        }
    }

    /**
     * The decoder's answer as a response object, or null when the input was a valid message; asserts the decoded
     * message against the expected classification.
     */
    private static ObjectNode decodeOrError(byte[] body) {
        JsonNode value;
        try {
            value = body.length == 0 ? null : READER.readTree(body);
        } catch (IOException e) {
            return JsonRpcWriter.error(null, JsonRpcErrorCode.PARSE_ERROR, "Parse error");
        }
        if (value == null || value.isMissingNode()) {
            return JsonRpcWriter.error(null, JsonRpcErrorCode.PARSE_ERROR, "Parse error");
        }
        String expected = expectedKind(value);
        JsonRpcMessage message;
        try {
            message = JsonRpcDecoder.decode(value);
        } catch (JsonRpcDecoder.InvalidMessageException e) {
            assertThat(expected).as("rejected %s: %s", value, e.getMessage()).isEqualTo("INVALID");
            assertThat(e.getMessage()).isNotBlank();
            JsonNode id = e.id();
            if (id != null) {
                assertThat(id.isTextual() || id.isIntegralNumber()).isTrue();
                assertThat(id).isEqualTo(value.get("id"));
            } else if (value.isObject() && validId(value.get("id"))
                    && "2.0".equals(value.get("jsonrpc") == null ? null : value.get("jsonrpc").textValue())) {
                fail("the error for %s does not name its valid id", value);
            }
            return JsonRpcWriter.error(id, JsonRpcErrorCode.INVALID_REQUEST, "Invalid request: " + e.getMessage());
        }
        assertThat(message.kind().name()).as("decoded %s", value).isEqualTo(expected);
        switch (message.kind()) {
            case REQUEST, NOTIFICATION -> {
                assertThat(message.method()).isEqualTo(value.get("method").textValue()).isNotEmpty();
                assertThat(message.id()).isEqualTo(value.get("id"));
                JsonNode params = value.get("params");
                if (params != null && params.isObject()) {
                    assertThat(message.params()).isSameAs(params);
                } else {
                    assertThat(message.params()).isNull();
                }
            }
            case RESPONSE -> {
                assertThat(message.method()).isNull();
                assertThat(message.id()).isEqualTo(value.get("id"));
                assertThat(message.params()).isSameAs(value);
            }
        }
        return null;
    }

    /**
     * The classification the JSON-RPC 2.0 specification (with MCP's rules: no batches, string or integer ids) gives
     * a parsed value, written independently of the decoder.
     */
    private static String expectedKind(JsonNode value) {
        if (!value.isObject()) {
            return "INVALID";
        }
        JsonNode version = value.get("jsonrpc");
        if (version == null || !"2.0".equals(version.textValue()) || !version.isTextual()) {
            return "INVALID";
        }
        JsonNode id = value.get("id");
        if (id != null && !validId(id)) {
            return "INVALID";
        }
        JsonNode method = value.get("method");
        if (method != null) {
            if (!method.isTextual() || method.textValue().isEmpty()) {
                return "INVALID";
            }
            JsonNode params = value.get("params");
            if (params != null && !params.isObject() && !params.isNull()) {
                return "INVALID";
            }
            return id == null ? "NOTIFICATION" : "REQUEST";
        }
        if (id != null && value.has("result") != value.has("error")) {
            return "RESPONSE";
        }
        return "INVALID";
    }

    private static boolean validId(JsonNode id) {
        return id != null && (id.isTextual() || id.isIntegralNumber());
    }

    /**
     * A message-shaped object built from the input, so that the fuzzer spends its time on the decoder's rules rather
     * than on JSON syntax; sometimes in a batch.
     */
    private static byte[] envelope(FuzzedDataProvider data) {
        ObjectNode message = NODES.objectNode();
        for (String member : MEMBERS) {
            int choice = data.consumeInt(0, 3);
            if (choice == 0) {
                continue;
            }
            if (member.equals("jsonrpc") && choice < 3) {
                message.put(member, choice == 1 ? "2.0" : data.consumeString(4));
            } else if (member.equals("method") && choice < 3) {
                message.put(member, choice == 1 ? "tools/call" : data.consumeString(16));
            } else {
                message.set(member, value(data, 0));
            }
        }
        JsonNode root = data.consumeInt(0, 15) == 0 ? NODES.arrayNode().add(message) : message;
        try {
            return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth < 4 ? 9 : 7)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(data.consumeBoolean());
            case 2:
                return NODES.numberNode(data.consumeInt());
            case 3:
                return NODES.numberNode(data.consumeLong());
            case 4:
                return NODES.numberNode(data.consumeDouble());
            case 5:
                return NODES.numberNode(new java.math.BigInteger(1, data.consumeBytes(12)));
            case 6:
            case 7:
                return NODES.textNode(data.consumeString(24));
            case 8: {
                ArrayNode array = NODES.arrayNode();
                int size = data.consumeInt(0, 3);
                for (int i = 0; i < size; i++) {
                    array.add(value(data, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                int size = data.consumeInt(0, 3);
                for (int i = 0; i < size; i++) {
                    object.set(data.consumeString(8), value(data, depth + 1));
                }
                return object;
            }
        }
    }
}
