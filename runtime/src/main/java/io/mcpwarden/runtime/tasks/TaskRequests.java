package io.mcpwarden.runtime.tasks;

import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.stateless.RequestMeta;

/**
 * Serves the methods of the tasks extension: {@code tasks/get} (the task, with its result, error or pending input
 * requests), {@code tasks/update} (answers to those requests) and {@code tasks/cancel}. Each needs the extension in
 * the request's client capabilities, and a task of the caller's own.
 */
public final class TaskRequests {

    /** The methods served here; {@code tasks/result} and {@code tasks/list} of the older draft do not exist. */
    public static final Set<String> METHODS = Set.of("tasks/get", "tasks/update", "tasks/cancel");

    private final TaskStore store;

    public TaskRequests(TaskStore store) {
        this.store = store;
    }

    /**
     * Handles one of {@link #METHODS}.
     *
     * @param state the request's state, whose owner is the caller's identity
     * @throws JsonRpcException -32021 without the extension; invalid params for a missing or unknown {@code taskId}
     *         or malformed {@code inputResponses}
     */
    public JsonNode handle(String method, ObjectNode params, McpSession state) {
        if (!TasksExtension.declared(state.clientCapabilities())) {
            throw TasksExtension.missing("Missing required client capability: " + method + " needs the extension "
                    + TasksExtension.ID + " in params._meta." + RequestMeta.CLIENT_CAPABILITIES);
        }
        JsonNode id = params == null ? null : params.get("taskId");
        if (id == null || !id.isTextual()) {
            throw JsonRpcException.invalidParams("Invalid params: " + method + " needs a 'taskId' string");
        }
        McpTask task = store.find(id.textValue(), state.owner());
        if (task == null) {
            throw JsonRpcException.invalidParams("Failed to retrieve task: Task not found");
        }
        return switch (method) {
            case "tasks/get" -> task.detailed();
            case "tasks/update" -> {
                JsonNode responses = params.get("inputResponses");
                if (!(responses instanceof ObjectNode answers)) {
                    throw JsonRpcException.invalidParams("Invalid params: tasks/update needs an 'inputResponses' "
                            + "object");
                }
                task.update(answers);
                yield acknowledgement();
            }
            case "tasks/cancel" -> {
                task.cancel("Cancelled by the client");
                yield acknowledgement();
            }
            default -> throw new IllegalArgumentException(method);
        };
    }

    private static ObjectNode acknowledgement() {
        return JsonNodeFactory.instance.objectNode().put("resultType", "complete");
    }
}
