package io.mcpwarden.runtime.subscriptions;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceReadHandler;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.Outbound;
import io.mcpwarden.runtime.session.RequestStreams;
import io.mcpwarden.runtime.tasks.McpTask;
import io.mcpwarden.runtime.tasks.TaskStore;
import io.mcpwarden.runtime.tasks.TasksExtension;

/**
 * {@code subscriptions/listen} of the stateless era (2026-07-28): a request whose SSE response stays open and
 * carries the change notifications its filter asks for, each tagged with the request's id in
 * {@code _meta["io.modelcontextprotocol/subscriptionId"]}. The stream starts with
 * {@code notifications/subscriptions/acknowledged}, which names what the server honors: tool list changes (tools
 * may be added at run time), updates of the listed resources the caller may read, and status changes of the
 * caller's own tasks (with the tasks extension). Prompts and resources are fixed at build time, so their list
 * changes are never honored. The stream ends when the client closes it, or with an empty result when the server
 * stops.
 */
public final class ListenStreams {

    /** The key of the subscription id in a notification's {@code _meta}. */
    public static final String SUBSCRIPTION_ID = "io.modelcontextprotocol/subscriptionId";

    private static final int MAX_URI_LENGTH = 2048;
    private static final int MAX_LISTED = 100;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ResourceCatalog resources;
    private final ResourceReadHandler access;
    private final TaskStore tasks;
    private final int maxPerIdentity;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> perOwner = new ConcurrentHashMap<>();

    /**
     * @param tasks the server's tasks, or null when no tool runs as a task
     * @param maxPerIdentity how many streams one identity may hold open at once
     */
    public ListenStreams(ResourceCatalog resources, ResourceReadHandler access, TaskStore tasks, int maxPerIdentity) {
        this.resources = resources;
        this.access = access;
        this.tasks = tasks;
        this.maxPerIdentity = Math.max(1, maxPerIdentity);
        if (tasks != null) {
            tasks.onChange(this::taskChanged);
        }
    }

    /** One open stream and what it listens to. */
    private record Listener(JsonNode subscriptionId, String owner, boolean tools, Set<String> resources,
            Set<String> taskIds, Outbound out, CompletableFuture<JsonNode> end) {

        void send(String method, ObjectNode params) {
            ObjectNode message = NODES.objectNode();
            message.put("jsonrpc", "2.0");
            message.put("method", method);
            ObjectNode withMeta = params == null ? NODES.objectNode() : params;
            withMeta.putObject("_meta").set(SUBSCRIPTION_ID, subscriptionId);
            message.set("params", withMeta);
            out.send(message);
        }
    }

    /**
     * Opens the stream of a {@code subscriptions/listen} request: the stage completes (with an empty result) only
     * when the server stops; the client ends it by closing the stream.
     *
     * @throws JsonRpcException invalid params for a malformed filter, or a request that does not accept an SSE
     *         response; -32021 for task ids without the tasks extension; too many requests (-32000) past the
     *         identity's open streams
     */
    public CompletionStage<JsonNode> listen(JsonRpcMessage request, McpSession state, Caller caller,
            RequestStreams streams, Object handle) {
        ObjectNode params = request.params();
        JsonNode filter = params == null ? null : params.get("notifications");
        if (!(filter instanceof ObjectNode notifications)) {
            throw JsonRpcException.invalidParams("Invalid params: subscriptions/listen needs a 'notifications' object");
        }
        boolean tools = flag(notifications, "toolsListChanged");
        // validated, never honored: prompts and resources are fixed at build time
        flag(notifications, "promptsListChanged");
        flag(notifications, "resourcesListChanged");
        Set<String> uris = strings(notifications, "resourceSubscriptions");
        Set<String> taskIds = strings(notifications, "taskIds");
        if (!taskIds.isEmpty() && !TasksExtension.declared(state.clientCapabilities())) {
            throw TasksExtension.missing("Missing required client capability: task notifications need the extension "
                    + TasksExtension.ID);
        }
        if (streams == null || !streams.acceptsStream(handle)) {
            throw JsonRpcException.invalidParams("Invalid params: subscriptions/listen answers with a stream: the "
                    + "Accept header must allow text/event-stream");
        }
        Set<String> honoredUris = new LinkedHashSet<>();
        for (String uri : uris) {
            ResourceCatalog.Match match = resources.find(uri);
            if (match != null && access.visible(match.resource(), caller)) {
                honoredUris.add(uri);
            }
        }
        Set<String> honoredTasks = new LinkedHashSet<>();
        if (tasks != null) {
            for (String id : taskIds) {
                if (tasks.find(id, state.owner()) != null) {
                    honoredTasks.add(id);
                }
            }
        }
        AtomicInteger open = perOwner.computeIfAbsent(state.owner(), owner -> new AtomicInteger());
        if (open.incrementAndGet() > maxPerIdentity) {
            open.decrementAndGet();
            throw new JsonRpcException(JsonRpcErrorCode.TOO_MANY_REQUESTS, "Too many subscription streams: this "
                    + "identity has " + maxPerIdentity + " open; close one first");
        }
        Listener listener = new Listener(request.id(), state.owner(), tools, Set.copyOf(honoredUris),
                Set.copyOf(honoredTasks), streams.open(handle, state), new CompletableFuture<>());
        ObjectNode acknowledged = NODES.objectNode();
        ObjectNode honored = acknowledged.putObject("notifications");
        if (tools) {
            honored.put("toolsListChanged", true);
        }
        if (!uris.isEmpty()) {
            ArrayNode list = honored.putArray("resourceSubscriptions");
            honoredUris.forEach(list::add);
        }
        if (!taskIds.isEmpty()) {
            ArrayNode list = honored.putArray("taskIds");
            honoredTasks.forEach(list::add);
        }
        listener.send("notifications/subscriptions/acknowledged", acknowledged);
        Runnable closed = () -> remove(listener);
        state.channel().started(request.id(), closed);
        listeners.add(listener);
        listener.end().whenComplete((value, failure) -> remove(listener));
        return listener.end();
    }

    /** Tools were added or removed at run time. */
    public void toolsListChanged() {
        for (Listener listener : listeners) {
            if (listener.tools()) {
                listener.send("notifications/tools/list_changed", null);
            }
        }
    }

    /** The resource at {@code uri} changed. */
    public void resourceUpdated(String uri) {
        for (Listener listener : listeners) {
            if (listener.resources().contains(uri)) {
                listener.send("notifications/resources/updated", NODES.objectNode().put("uri", uri));
            }
        }
    }

    /** A task changed status: its owner's streams that listen to it get the task as {@code tasks/get} shows it. */
    private void taskChanged(McpTask task) {
        ObjectNode shown = null;
        for (Listener listener : listeners) {
            if (listener.taskIds().contains(task.id()) && listener.owner().equals(task.owner())) {
                if (shown == null) {
                    shown = task.detailed();
                    shown.remove("resultType");
                }
                listener.send("notifications/tasks", shown.deepCopy());
            }
        }
    }

    /**
     * Ends every stream with an empty result: the server stops.
     */
    public void close() {
        for (Listener listener : listeners) {
            listener.end().complete(NODES.objectNode());
        }
    }

    private void remove(Listener listener) {
        if (listeners.remove(listener)) {
            perOwner.computeIfPresent(listener.owner(), (owner, count) -> count.decrementAndGet() <= 0 ? null : count);
        }
    }

    private static boolean flag(ObjectNode filter, String name) {
        JsonNode value = filter.get(name);
        if (value == null || value.isNull()) {
            return false;
        }
        if (!value.isBoolean()) {
            throw JsonRpcException.invalidParams("Invalid params: notifications." + name + " must be a boolean");
        }
        return value.booleanValue();
    }

    private static Set<String> strings(ObjectNode filter, String name) {
        JsonNode value = filter.get(name);
        if (value == null || value.isNull()) {
            return Set.of();
        }
        if (!value.isArray() || value.size() > MAX_LISTED) {
            throw JsonRpcException.invalidParams("Invalid params: notifications." + name + " must be an array of at "
                    + "most " + MAX_LISTED + " strings");
        }
        Set<String> listed = new LinkedHashSet<>();
        for (JsonNode item : value) {
            if (!item.isTextual() || item.textValue().length() > MAX_URI_LENGTH) {
                throw JsonRpcException.invalidParams("Invalid params: notifications." + name + " must hold strings of "
                        + "at most " + MAX_URI_LENGTH + " characters");
            }
            listed.add(item.textValue());
        }
        return listed;
    }
}
