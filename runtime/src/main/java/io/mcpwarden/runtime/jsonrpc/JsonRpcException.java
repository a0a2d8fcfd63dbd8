package io.mcpwarden.runtime.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A protocol error answered with a JSON-RPC error object. The message is sent to the client as it is: it must be
 * safe (no exception names, no tokens, no stack traces).
 */
public final class JsonRpcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;
    private final transient JsonNode data;

    public JsonRpcException(int code, String message) {
        this(code, message, null);
    }

    public JsonRpcException(int code, String message, JsonNode data) {
        super(message, null, false, false);
        this.code = code;
        this.data = data;
    }

    public static JsonRpcException invalidParams(String message) {
        return new JsonRpcException(JsonRpcErrorCode.INVALID_PARAMS, message);
    }

    public int code() {
        return code;
    }

    public JsonNode data() {
        return data;
    }
}
