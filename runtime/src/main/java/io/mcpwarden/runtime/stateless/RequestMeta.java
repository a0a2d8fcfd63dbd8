package io.mcpwarden.runtime.stateless;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.LogLevel;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * What a request of the stateless era (2026-07-28) says about its client in {@code params._meta}: this replaces
 * what {@code initialize} negotiated once per session in the older eras.
 *
 * @param protocolVersion {@code io.modelcontextprotocol/protocolVersion} (required)
 * @param clientCapabilities {@code io.modelcontextprotocol/clientCapabilities} (required)
 * @param clientInfo {@code io.modelcontextprotocol/clientInfo}, or null (a SHOULD: never required)
 * @param logLevel {@code io.modelcontextprotocol/logLevel}, or null when the request wants no log messages
 */
public record RequestMeta(String protocolVersion, ObjectNode clientCapabilities, JsonNode clientInfo,
        LogLevel logLevel) {

    public static final String PROTOCOL_VERSION = "io.modelcontextprotocol/protocolVersion";
    public static final String CLIENT_CAPABILITIES = "io.modelcontextprotocol/clientCapabilities";
    public static final String CLIENT_INFO = "io.modelcontextprotocol/clientInfo";
    public static final String LOG_LEVEL = "io.modelcontextprotocol/logLevel";

    /**
     * Whether a request's params carry a stateless-era protocol version in {@code _meta}.
     */
    public static boolean present(ObjectNode params) {
        return params != null && params.path("_meta").has(PROTOCOL_VERSION);
    }

    /**
     * Reads the request metadata.
     *
     * @throws JsonRpcException invalid params (-32602) when {@code _meta} or one of its required fields is missing or
     *         malformed
     */
    public static RequestMeta parse(ObjectNode params) {
        JsonNode meta = params == null ? null : params.get("_meta");
        if (meta == null || !meta.isObject()) {
            throw JsonRpcException.invalidParams("Invalid params: protocol revision 2026-07-28 needs params._meta with "
                    + PROTOCOL_VERSION + " and " + CLIENT_CAPABILITIES);
        }
        JsonNode version = meta.get(PROTOCOL_VERSION);
        if (version == null || !version.isTextual()) {
            throw JsonRpcException.invalidParams("Invalid params: params._meta needs a " + PROTOCOL_VERSION + " string");
        }
        JsonNode capabilities = meta.get(CLIENT_CAPABILITIES);
        if (!(capabilities instanceof ObjectNode capabilityObject)) {
            throw JsonRpcException.invalidParams("Invalid params: params._meta needs a " + CLIENT_CAPABILITIES
                    + " object");
        }
        JsonNode clientInfo = meta.get(CLIENT_INFO);
        if (clientInfo != null && !clientInfo.isObject()) {
            throw JsonRpcException.invalidParams("Invalid params: " + CLIENT_INFO + " must be an object");
        }
        return new RequestMeta(version.textValue(), capabilityObject, clientInfo, logLevel(meta.get(LOG_LEVEL)));
    }

    private static LogLevel logLevel(JsonNode level) {
        if (level == null || level.isNull()) {
            return null;
        }
        LogLevel parsed = level.isTextual() ? LogLevel.fromWireName(level.textValue()) : null;
        if (parsed == null) {
            throw JsonRpcException.invalidParams("Invalid params: " + LOG_LEVEL + " must be one of debug, info, "
                    + "notice, warning, error, critical, alert, emergency");
        }
        return parsed;
    }
}
