package io.mcpwarden.runtime.jsonrpc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One decoded JSON-RPC message received from a client.
 *
 * @param kind request, notification or response
 * @param id the request id (a string or integer node), or null for notifications
 * @param method the method name, or null for responses
 * @param params the params object, or null when absent; for a response, the whole response object (its {@code id}
 *        and its {@code result} or {@code error})
 */
public record JsonRpcMessage(Kind kind, JsonNode id, String method, ObjectNode params) {

    public enum Kind {
        REQUEST,
        NOTIFICATION,
        RESPONSE
    }

    public boolean isRequest() {
        return kind == Kind.REQUEST;
    }
}
