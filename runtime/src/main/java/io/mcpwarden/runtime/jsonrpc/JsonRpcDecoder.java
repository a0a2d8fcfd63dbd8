package io.mcpwarden.runtime.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Checks that a parsed JSON value is a single well-formed JSON-RPC 2.0 message and classifies it.
 */
public final class JsonRpcDecoder {

    private JsonRpcDecoder() {
    }

    /**
     * Decodes one message.
     *
     * @throws InvalidMessageException when the value is not a valid JSON-RPC message; it carries the id when one
     *         could be read, so the error response can name the request
     */
    public static JsonRpcMessage decode(JsonNode value) {
        if (value.isArray()) {
            throw new InvalidMessageException(null, "JSON-RPC batches are not supported by this protocol version");
        }
        if (!value.isObject()) {
            throw new InvalidMessageException(null, "A JSON-RPC message must be a JSON object");
        }
        ObjectNode message = (ObjectNode) value;
        JsonNode id = message.get("id");
        JsonNode validId = isValidId(id) ? id : null;
        JsonNode version = message.get("jsonrpc");
        if (version == null || !version.isTextual() || !"2.0".equals(version.textValue())) {
            throw new InvalidMessageException(validId, "The 'jsonrpc' member must be \"2.0\"");
        }
        if (id != null && validId == null) {
            throw new InvalidMessageException(null, "The 'id' member must be a string or an integer");
        }
        JsonNode method = message.get("method");
        if (method != null) {
            if (!method.isTextual() || method.textValue().isEmpty()) {
                throw new InvalidMessageException(validId, "The 'method' member must be a non-empty string");
            }
            JsonNode params = message.get("params");
            if (params != null && !params.isObject() && !params.isNull()) {
                throw new InvalidMessageException(validId, "The 'params' member must be an object");
            }
            ObjectNode paramsObject = params instanceof ObjectNode p ? p : null;
            JsonRpcMessage.Kind kind = id == null ? JsonRpcMessage.Kind.NOTIFICATION : JsonRpcMessage.Kind.REQUEST;
            return new JsonRpcMessage(kind, id, method.textValue(), paramsObject);
        }
        if (id != null && (message.has("result") ^ message.has("error"))) {
            return new JsonRpcMessage(JsonRpcMessage.Kind.RESPONSE, id, null, message);
        }
        throw new InvalidMessageException(validId, "The message is neither a request, a notification nor a response");
    }

    private static boolean isValidId(JsonNode id) {
        return id != null && (id.isTextual() || id.isIntegralNumber());
    }

    /**
     * A message that is not valid JSON-RPC.
     */
    public static final class InvalidMessageException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient JsonNode id;

        InvalidMessageException(JsonNode id, String message) {
            super(message, null, false, false);
            this.id = id;
        }

        /**
         * The id of the offending request, or null when it could not be read.
         */
        public JsonNode id() {
            return id;
        }
    }
}
