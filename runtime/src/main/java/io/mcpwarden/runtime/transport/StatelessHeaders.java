package io.mcpwarden.runtime.transport;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.protocol.ProtocolVersions;
import io.mcpwarden.runtime.stateless.RequestMeta;
import io.mcpwarden.runtime.tools.ParamHeader;
import io.vertx.core.http.HttpServerRequest;

/**
 * The request headers of the stateless era (2026-07-28), which mirror body fields so that intermediaries can route
 * without parsing JSON: {@code MCP-Protocol-Version}, {@code Mcp-Method} and, for {@code tools/call},
 * {@code prompts/get}, {@code resources/read} and the methods of the tasks extension ({@code taskId}),
 * {@code Mcp-Name}; for {@code tools/call}, an {@code Mcp-Param-*}
 * header per argument the tool marks with {@code x-mcp-header}. Each must be present and equal to the body; a
 * server that let them differ would let a gateway route on one value while the server runs another.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2026-07-28/basic/transports/streamable-http">Request
 *      metadata</a>
 */
final class StatelessHeaders {

    static final String METHOD = "Mcp-Method";
    static final String NAME = "Mcp-Name";

    private static final String BASE64_PREFIX = "=?base64?";
    private static final String BASE64_SUFFIX = "?=";

    private StatelessHeaders() {
    }

    /**
     * Whether a POSTed message belongs to the stateless era: it carries no session id and either names its protocol
     * version in {@code _meta}, or (a request other than {@code initialize}) sends a {@code MCP-Protocol-Version}
     * that no session-era revision uses. Everything else keeps the session era's rules.
     */
    static boolean stateless(HttpServerRequest request, JsonRpcMessage message) {
        if (request.getHeader(McpHeaders.SESSION_ID) != null) {
            return false;
        }
        if (message.kind() != JsonRpcMessage.Kind.RESPONSE && RequestMeta.present(message.params())) {
            return true;
        }
        String header = request.getHeader(McpHeaders.PROTOCOL_VERSION);
        return header != null && !ProtocolVersions.isSupported(header) && !"initialize".equals(message.method());
    }

    /**
     * Why {@code MCP-Protocol-Version} does not match {@code _meta}, or null when it does.
     */
    static String versionMismatch(HttpServerRequest request, String metaVersion) {
        String header = request.getHeader(McpHeaders.PROTOCOL_VERSION);
        if (header == null) {
            return "Header mismatch: the MCP-Protocol-Version header is required";
        }
        return header.equals(metaVersion) ? null
                : "Header mismatch: the MCP-Protocol-Version header does not match " + RequestMeta.PROTOCOL_VERSION
                        + " in params._meta";
    }

    /**
     * Why {@code Mcp-Method} or {@code Mcp-Name} does not match the request body, or null when they do.
     */
    static String routingMismatch(HttpServerRequest request, JsonRpcMessage message) {
        String method = request.getHeader(METHOD);
        if (method == null) {
            return "Header mismatch: the Mcp-Method header is required";
        }
        if (!method.equals(message.method())) {
            return "Header mismatch: the Mcp-Method header does not match the request's method";
        }
        String nameField = nameField(message.method());
        if (nameField == null) {
            return null;
        }
        String header = request.getHeader(NAME);
        ObjectNode params = message.params();
        JsonNode bodyValue = params == null ? null : params.get(nameField);
        if (header == null) {
            return bodyValue == null ? null : "Header mismatch: the Mcp-Name header is required for " + message.method();
        }
        String decoded = decode(header);
        if (decoded == null) {
            return "Header mismatch: the Mcp-Name header is not valid base64 inside =?base64?...?=";
        }
        return bodyValue != null && bodyValue.isTextual() && bodyValue.textValue().equals(decoded) ? null
                : "Header mismatch: the Mcp-Name header does not match params." + nameField;
    }

    /**
     * Why the {@code Mcp-Param-*} headers of a {@code tools/call} do not match the arguments they mirror, or null
     * when they do. An argument that is sent (and not null) needs its header with the same value; an argument that is
     * absent must not have one, so a header cannot claim a value the tool never sees.
     */
    static String paramMismatch(HttpServerRequest request, JsonRpcMessage message, List<ParamHeader> declared) {
        JsonNode arguments = message.params() == null ? null : message.params().get("arguments");
        for (ParamHeader param : declared) {
            String headerName = ParamHeader.PREFIX + param.header();
            String header = request.getHeader(headerName);
            JsonNode value = arguments == null || !arguments.isObject() ? null : arguments.get(param.argument());
            boolean sent = value != null && !value.isNull();
            if (header == null) {
                if (sent) {
                    return "Header mismatch: the " + headerName + " header is required when arguments."
                            + param.argument() + " is sent";
                }
                continue;
            }
            if (!sent) {
                return "Header mismatch: the " + headerName + " header is sent without arguments." + param.argument();
            }
            String decoded = decode(header.strip());
            if (decoded == null) {
                return "Header mismatch: the " + headerName + " header is not valid base64 inside =?base64?...?=";
            }
            if (!matches(value, decoded, param.integer())) {
                return "Header mismatch: the " + headerName + " header does not match arguments." + param.argument();
            }
        }
        return null;
    }

    /**
     * Whether a header's text stands for the argument: the same string, {@code true}/{@code false} for a boolean, the
     * same number for an integer (so {@code 007} is 7).
     */
    private static boolean matches(JsonNode value, String text, boolean integer) {
        if (value.isTextual()) {
            return value.textValue().equals(text);
        }
        if (value.isBoolean()) {
            return Boolean.toString(value.booleanValue()).equals(text);
        }
        if (integer && value.isIntegralNumber()) {
            try {
                return new BigInteger(text).equals(value.bigIntegerValue());
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return value.isValueNode() && value.asText().equals(text);
    }

    /**
     * The body field {@code Mcp-Name} mirrors for a method, or null when the method has none.
     */
    private static String nameField(String method) {
        return switch (method) {
            case "tools/call", "prompts/get" -> "name";
            case "resources/read" -> "uri";
            case "tasks/get", "tasks/update", "tasks/cancel" -> "taskId";
            default -> null;
        };
    }

    /**
     * A header value as sent, or decoded from the {@code =?base64?...?=} form clients use for values that are not
     * plain ASCII; null when that form does not hold valid base64 (padded, as RFC 4648 requires) of UTF-8.
     */
    static String decode(String value) {
        if (!value.startsWith(BASE64_PREFIX) || !value.endsWith(BASE64_SUFFIX)
                || value.length() < BASE64_PREFIX.length() + BASE64_SUFFIX.length()) {
            return value;
        }
        String encoded = value.substring(BASE64_PREFIX.length(), value.length() - BASE64_SUFFIX.length());
        if (encoded.length() % 4 != 0) {
            return null; // Java's decoder would accept missing padding
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(encoded);
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            return null;
        }
    }
}
