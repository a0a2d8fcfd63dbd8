package io.mcpwarden.runtime.tasks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * The tasks extension of MCP 2026-07-28 ({@code io.modelcontextprotocol/tasks}, SEP-2663): its identifier, and how
 * a request declares it.
 *
 * @see <a href="https://modelcontextprotocol.io/extensions/tasks">The tasks extension</a>
 */
public final class TasksExtension {

    /** The extension's identifier, a key of {@code capabilities.extensions}. */
    public static final String ID = "io.modelcontextprotocol/tasks";

    private TasksExtension() {
    }

    /**
     * Whether a request's client capabilities declare the extension: the server may answer it with a task only then.
     */
    public static boolean declared(JsonNode clientCapabilities) {
        return clientCapabilities != null && clientCapabilities.path("extensions").path(ID).isObject();
    }

    /**
     * {@code MissingRequiredClientCapability} (-32021) naming the extension in {@code data.requiredCapabilities}.
     */
    public static JsonRpcException missing(String message) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("requiredCapabilities").putObject("extensions").putObject(ID);
        return new JsonRpcException(JsonRpcErrorCode.MISSING_REQUIRED_CLIENT_CAPABILITY, message, data);
    }
}
