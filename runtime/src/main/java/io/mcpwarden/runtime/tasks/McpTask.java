package io.mcpwarden.runtime.tasks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * One task: the state machine {@code working} / {@code input_required} / terminal of a tool call that runs in the
 * background, with what {@code tasks/get} shows of it. Thread-safe: the tool's thread settles it while clients poll,
 * answer and cancel.
 */
public final class McpTask {

    /** What runs the task's tool; called without the task's lock held. */
    public interface Runner {

        /**
         * Every pending input request is answered: run the tool again with {@code answers} (by the tool's own keys,
         * all rounds so far) and the state it carried.
         */
        void resume(ObjectNode answers, String state);

        /** The task was cancelled or expired: stop the tool. */
        void stop();
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String id;
    private final String owner;
    private final String tool;
    private final Instant createdAt;
    private final long ttlMillis;
    private final long pollIntervalMillis;
    private final Consumer<McpTask> changed;
    private final long createdNanos;
    private final long ttlNanos;

    private Runner runner;
    private TaskStatus status = TaskStatus.WORKING;
    private Instant lastUpdatedAt;
    private String statusMessage;
    private JsonNode result;
    private ObjectNode error;
    /** Pending input requests by the key the client sees, which is never reused within the task. */
    private final Map<String, ObjectNode> pending = new LinkedHashMap<>();
    /** For each key the client sees, the tool's own key. */
    private final Map<String, String> toolKeys = new LinkedHashMap<>();
    private final ObjectNode answers = NODES.objectNode();
    private String state;
    private int round;

    McpTask(String id, String owner, String tool, long ttlMillis, long pollIntervalMillis, long nowNanos,
            Consumer<McpTask> changed) {
        this.changed = changed;
        this.id = id;
        this.owner = owner;
        this.tool = tool;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        this.lastUpdatedAt = createdAt;
        this.ttlMillis = ttlMillis;
        this.pollIntervalMillis = pollIntervalMillis;
        this.createdNanos = nowNanos;
        this.ttlNanos = ttlMillis * 1_000_000L;
    }

    public String id() {
        return id;
    }

    /**
     * The identity that created the task; only it may see the task.
     */
    public String owner() {
        return owner;
    }

    public String tool() {
        return tool;
    }

    /**
     * Whether the task outlived its time to live, counted from its creation.
     */
    boolean expired(long nowNanos) {
        return nowNanos - createdNanos > ttlNanos;
    }

    /**
     * Sets what runs the tool; before the task is handed to the client.
     */
    public synchronized void runner(Runner runner) {
        this.runner = runner;
    }

    public synchronized TaskStatus status() {
        return status;
    }

    /**
     * The {@code CreateTaskResult}: the task as it starts, with {@code resultType: task}.
     */
    public synchronized ObjectNode createResult() {
        ObjectNode created = NODES.objectNode();
        created.put("resultType", "task");
        writeTask(created);
        return created;
    }

    /**
     * The {@code tasks/get} result ({@code DetailedTask}): the task, with its pending input requests, its result or
     * its error.
     */
    public synchronized ObjectNode detailed() {
        ObjectNode detailed = NODES.objectNode();
        detailed.put("resultType", "complete");
        writeTask(detailed);
        switch (status) {
            case INPUT_REQUIRED -> {
                ObjectNode requests = detailed.putObject("inputRequests");
                pending.forEach(requests::set);
            }
            case COMPLETED -> detailed.set("result", result);
            case FAILED -> detailed.set("error", error);
            default -> {
                // working and cancelled carry nothing more
            }
        }
        return detailed;
    }

    private void writeTask(ObjectNode node) {
        node.put("taskId", id);
        node.put("status", status.wireName());
        if (statusMessage != null) {
            node.put("statusMessage", statusMessage);
        }
        node.put("createdAt", createdAt.toString());
        node.put("lastUpdatedAt", lastUpdatedAt.toString());
        node.put("ttlMs", ttlMillis);
        node.put("pollIntervalMs", pollIntervalMillis);
    }

    private void touch(TaskStatus next, String message) {
        status = next;
        statusMessage = message;
        lastUpdatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The tool returned: the task is {@code completed} with its {@code CallToolResult} (which may be a tool error).
     *
     * @return false when the task had already ended (it was cancelled)
     */
    public boolean complete(JsonNode toolResult) {
        synchronized (this) {
            if (status.terminal()) {
                return false;
            }
            result = toolResult;
            touch(TaskStatus.COMPLETED, null);
            pending.clear();
        }
        changed.accept(this);
        return true;
    }

    /**
     * The call failed with a JSON-RPC error: the task is {@code failed} with it.
     *
     * @return false when the task had already ended
     */
    public boolean fail(int code, String message, JsonNode data) {
        synchronized (this) {
            if (status.terminal()) {
                return false;
            }
            error = NODES.objectNode().put("code", code).put("message", message);
            if (data != null) {
                error.set("data", data);
            }
            touch(TaskStatus.FAILED, message);
            pending.clear();
        }
        changed.accept(this);
        return true;
    }

    /**
     * The tool asked for client input: the task waits in {@code input_required} with these requests (by the tool's
     * keys) until {@link #update} has answers to all of them.
     *
     * @return false when the task had already ended
     */
    public boolean park(Map<String, ObjectNode> requests, String nextState) {
        synchronized (this) {
            if (status.terminal()) {
                return false;
            }
            round++;
            pending.clear();
            requests.forEach((key, request) -> {
                String clientKey = round + ":" + key;
                pending.put(clientKey, request);
                toolKeys.put(clientKey, key);
            });
            state = nextState;
            touch(TaskStatus.INPUT_REQUIRED, "Waiting for the client's input");
        }
        changed.accept(this);
        return true;
    }

    /**
     * {@code tasks/update}: records the answers to pending requests and ignores the others (never asked, already
     * answered, or from an earlier round). Once nothing is pending the task works again and the tool runs with every
     * answer so far.
     *
     * @throws JsonRpcException invalid params when an answer to a pending request is not an object; nothing is
     *         recorded then
     */
    public void update(ObjectNode responses) {
        Runner resume;
        ObjectNode gathered;
        String carried;
        synchronized (this) {
            if (status != TaskStatus.INPUT_REQUIRED) {
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> response = it.next();
                if (pending.containsKey(response.getKey()) && !response.getValue().isObject()) {
                    throw JsonRpcException.invalidParams("Invalid params: inputResponses['"
                            + shorten(response.getKey()) + "'] must be an object");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> response = it.next();
                if (pending.remove(response.getKey()) != null) {
                    answers.set(toolKeys.get(response.getKey()), response.getValue());
                }
            }
            if (!pending.isEmpty()) {
                lastUpdatedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
                return;
            }
            touch(TaskStatus.WORKING, null);
            resume = runner;
            gathered = answers.deepCopy();
            carried = state;
        }
        changed.accept(this);
        if (resume != null) {
            resume.resume(gathered, carried);
        }
    }

    /**
     * {@code tasks/cancel}, or the task expired: a task that has not ended is {@code cancelled} and its tool stopped.
     *
     * @return false when the task had already ended
     */
    public boolean cancel(String reason) {
        Runner stop;
        synchronized (this) {
            if (status.terminal()) {
                return false;
            }
            touch(TaskStatus.CANCELLED, reason);
            pending.clear();
            stop = runner;
        }
        changed.accept(this);
        if (stop != null) {
            stop.stop();
        }
        return true;
    }

    private static String shorten(String key) {
        return key.length() <= 64 ? key : key.substring(0, 64) + "...";
    }
}
