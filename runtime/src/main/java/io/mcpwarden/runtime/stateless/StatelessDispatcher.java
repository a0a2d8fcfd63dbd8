package io.mcpwarden.runtime.stateless;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.input.InputRounds;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.protocol.McpDispatcher;
import io.mcpwarden.runtime.protocol.ProtocolVersions;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.RequestStreams;
import io.mcpwarden.runtime.subscriptions.ListenStreams;
import io.mcpwarden.runtime.tasks.TaskRequests;
import io.mcpwarden.runtime.tasks.TasksExtension;
import io.mcpwarden.runtime.tracing.McpSpan;

/**
 * Routes the requests of the stateless era (2026-07-28): {@code server/discover}, and the feature methods, which run
 * exactly as in the session era (same authorization, same per-caller filtering) with the per-request state the
 * transport built from {@code _meta}. Every result carries {@code resultType}; cacheable results carry the caching
 * hints {@code ttlMs} and {@code cacheScope}. Methods that the revision removed ({@code initialize}, {@code ping},
 * {@code logging/setLevel}, {@code resources/subscribe}) are unknown here; {@code subscriptions/listen} replaces the
 * GET stream and resource subscriptions. When a tool runs as a task, the tasks extension
 * is offered: {@code tasks/get}, {@code tasks/update} and {@code tasks/cancel}.
 */
public final class StatelessDispatcher {

    /** The result every completed request has: 2026-07-28 also knows {@code input_required}. */
    public static final String COMPLETE = "complete";
    /** The result type of a task handle ({@code CreateTaskResult}, the tasks extension). */
    public static final String TASK = "task";

    private static final Set<String> FEATURE_METHODS = Set.of("tools/list", "tools/call", "prompts/list",
            "prompts/get", "resources/list", "resources/templates/list", "resources/read", "completion/complete");
    private static final Set<String> CACHEABLE = Set.of("tools/list", "prompts/list", "resources/list",
            "resources/templates/list", "resources/read");

    private final McpDispatcher dispatcher;
    private final TaskRequests tasks;
    private final ListenStreams listenStreams;
    private final ObjectNode discoverResult;

    /**
     * @param tasks serves the tasks extension, or null when no tool runs as a task (the extension is not offered)
     * @param listenStreams serves {@code subscriptions/listen}
     */
    public StatelessDispatcher(McpDispatcher dispatcher, TaskRequests tasks, ListenStreams listenStreams) {
        this.dispatcher = dispatcher;
        this.tasks = tasks;
        this.listenStreams = listenStreams;
        this.discoverResult = discoverResult(dispatcher, tasks != null);
    }

    /**
     * Handles a request whose metadata and headers the transport has validated; the stage completes with the
     * {@code result} or with a {@link JsonRpcException}.
     *
     * @throws JsonRpcException {@code -32601} for a method this server does not serve in this era
     */
    public CompletionStage<JsonNode> request(JsonRpcMessage request, McpSession state, Caller caller,
            RequestStreams streams, Object handle, McpSpan span) {
        String method = request.method();
        if ("server/discover".equals(method)) {
            return CompletableFuture.completedFuture(discoverResult);
        }
        if ("subscriptions/listen".equals(method)) {
            return listenStreams.listen(request, state, caller, streams, handle)
                    .thenApply(result -> complete(result, false));
        }
        if (tasks != null && TaskRequests.METHODS.contains(method)) {
            return CompletableFuture.completedFuture(tasks.handle(method, request.params(), state));
        }
        if (!FEATURE_METHODS.contains(method) || !dispatcher.offers(method)) {
            throw new JsonRpcException(JsonRpcErrorCode.METHOD_NOT_FOUND, "Method not found");
        }
        boolean cacheable = CACHEABLE.contains(method);
        CompletionStage<JsonNode> result;
        try {
            result = dispatcher.request(request, state, caller, streams, handle, span);
        } catch (JsonRpcException e) {
            throw notFoundAsInvalidParams(e);
        }
        return result.handle((value, failure) -> {
            if (failure == null) {
                return complete(value, cacheable);
            }
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause()
                    : failure;
            throw new CompletionException(cause instanceof JsonRpcException e ? notFoundAsInvalidParams(e) : cause);
        });
    }

    /**
     * Resource not found is invalid params (-32602) from 2026-07-28 on (SEP-2164), with the same message and
     * {@code data.uri}; the session eras keep -32002.
     */
    private static JsonRpcException notFoundAsInvalidParams(JsonRpcException e) {
        return e.code() == JsonRpcErrorCode.RESOURCE_NOT_FOUND
                ? new JsonRpcException(JsonRpcErrorCode.INVALID_PARAMS, e.getMessage(), e.data())
                : e;
    }

    /**
     * A copy of the result with {@code resultType: complete} and, when the result may be cached, the hints: never
     * reused without asking again ({@code ttlMs: 0}), since tools may change at run time, and {@code private}, since
     * lists and reads are filtered per caller. The copy is shallow: results may be shared, their content is not
     * changed.
     */
    private static JsonNode complete(JsonNode result, boolean cacheable) {
        String resultType = result.path("resultType").asText("");
        if (resultType.equals(InputRounds.INPUT_REQUIRED) || resultType.equals(TASK)) {
            return result; // asks for more input, or a task handle: nothing to cache
        }
        ObjectNode decorated = JsonNodeFactory.instance.objectNode();
        decorated.put("resultType", COMPLETE);
        if (cacheable) {
            decorated.put("ttlMs", 0);
            decorated.put("cacheScope", "private");
        }
        if (result instanceof ObjectNode object) {
            decorated.setAll(object);
        }
        return decorated;
    }

    /**
     * The {@code server/discover} result: the same for every caller and request, so built once.
     */
    private static ObjectNode discoverResult(McpDispatcher dispatcher, boolean tasks) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("resultType", COMPLETE);
        var versions = result.putArray("supportedVersions");
        ProtocolVersions.ALL.forEach(versions::add);
        ObjectNode capabilities = dispatcher.capabilities(true);
        if (tasks) {
            capabilities.putObject("extensions").putObject(TasksExtension.ID);
        }
        result.set("capabilities", capabilities);
        if (dispatcher.instructions() != null) {
            result.put("instructions", dispatcher.instructions());
        }
        result.put("ttlMs", 0);
        result.put("cacheScope", "public");
        result.putObject("_meta").set("io.modelcontextprotocol/serverInfo", dispatcher.serverInfo());
        return result;
    }
}
