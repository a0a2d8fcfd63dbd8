package io.mcpwarden.runtime.tasks;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * The tasks of this server instance, in memory, each bound to the identity that created it: another identity's task
 * id is answered as if it did not exist. Bounded: a task is kept for its time to live (then a task still running is
 * cancelled), an identity keeps at most {@code maxPerOwner} tasks (a new one replaces its oldest ended task, and is
 * refused when all are unfinished), and the instance at most {@code maxTotal}.
 */
public final class TaskStore {

    private static final String EXPIRED = "The task expired";

    private final Map<String, McpTask> tasks = new ConcurrentHashMap<>();
    /** Each owner's tasks, oldest first; guarded by this store. */
    private final Map<String, Deque<McpTask>> byOwner = new HashMap<>();
    private final long ttlMillis;
    private final long pollIntervalMillis;
    private final int maxPerOwner;
    private final int maxTotal;
    private volatile Consumer<McpTask> listener;

    public TaskStore(Duration ttl, Duration pollInterval, int maxPerOwner, int maxTotal) {
        this.ttlMillis = Math.max(1, ttl.toMillis());
        this.pollIntervalMillis = Math.max(1, pollInterval.toMillis());
        this.maxPerOwner = Math.max(1, maxPerOwner);
        this.maxTotal = Math.max(1, maxTotal);
    }

    /**
     * Creates a task for {@code owner}: it can be found as soon as this returns.
     *
     * @throws JsonRpcException too many requests (-32000) when the owner's or the instance's tasks are all unfinished
     */
    public McpTask create(String owner, String tool) {
        long now = System.nanoTime();
        McpTask task;
        synchronized (this) {
            Deque<McpTask> owned = byOwner.computeIfAbsent(owner, o -> new ArrayDeque<>());
            dropExpired(owned, now);
            if (owned.size() >= maxPerOwner && !dropOldestEnded(owned)) {
                throw new JsonRpcException(JsonRpcErrorCode.TOO_MANY_REQUESTS, "Too many tasks: this identity has "
                        + maxPerOwner + " unfinished tasks; wait for one to end, or cancel one");
            }
            if (tasks.size() >= maxTotal) {
                evictExpired();
                if (tasks.size() >= maxTotal) {
                    throw new JsonRpcException(JsonRpcErrorCode.TOO_MANY_REQUESTS,
                            "Too many tasks on this server; try again later");
                }
            }
            task = new McpTask(UUID.randomUUID().toString(), owner, tool, ttlMillis, pollIntervalMillis, now,
                    this::changed);
            owned.addLast(task);
            tasks.put(task.id(), task);
        }
        return task;
    }

    /**
     * The owner's task with this id, or null when there is none (never created, expired, or someone else's).
     */
    public McpTask find(String id, String owner) {
        McpTask task = tasks.get(id);
        if (task == null || !task.owner().equals(owner)) {
            return null;
        }
        if (task.expired(System.nanoTime())) {
            synchronized (this) {
                Deque<McpTask> owned = byOwner.get(owner);
                if (owned != null) {
                    remove(owned, task);
                }
            }
            return null;
        }
        return task;
    }

    /**
     * Drops the tasks that outlived their time to live, cancelling those still running; called periodically.
     */
    public synchronized void evictExpired() {
        long now = System.nanoTime();
        for (Iterator<Deque<McpTask>> it = byOwner.values().iterator(); it.hasNext();) {
            Deque<McpTask> owned = it.next();
            dropExpired(owned, now);
            if (owned.isEmpty()) {
                it.remove();
            }
        }
    }

    /**
     * Calls {@code listener} after each status change of a task (for {@code notifications/tasks}).
     */
    public void onChange(Consumer<McpTask> listener) {
        this.listener = listener;
    }

    private void changed(McpTask task) {
        Consumer<McpTask> current = listener;
        if (current != null) {
            current.accept(task);
        }
    }

    /** How many tasks are kept. */
    public int size() {
        return tasks.size();
    }

    private void dropExpired(Deque<McpTask> owned, long now) {
        // all tasks share one time to live, so the oldest expire first
        while (!owned.isEmpty() && owned.peekFirst().expired(now)) {
            remove(owned, owned.peekFirst());
        }
    }

    private boolean dropOldestEnded(Deque<McpTask> owned) {
        for (McpTask task : owned) {
            if (task.status().terminal()) {
                remove(owned, task);
                return true;
            }
        }
        return false;
    }

    private void remove(Deque<McpTask> owned, McpTask task) {
        owned.remove(task);
        tasks.remove(task.id(), task);
        task.cancel(EXPIRED);
    }
}
