package io.mcpwarden.runtime.authorizationserver.clients;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.vertx.core.Vertx;

/**
 * Whether the tokens of a client may still be used (it exists and is not disabled), as the resource server asks on
 * every request: answered from memory, looked up in the store off the event loop when unknown or older than the
 * cache time, and forgotten at once when an operator changes the client here. Another replica learns of a change
 * within the cache time. A failed lookup answers false: fail closed.
 */
public final class ClientStatusCache {

    private static final Logger LOG = Logger.getLogger(ClientStatusCache.class);
    private static final int MAX_ENTRIES = 10_000;

    private record Status(boolean active, long checkedAtMillis) {
    }

    private final ClientStore store;
    private final Vertx vertx;
    private final long cacheMillis;
    private final ConcurrentHashMap<String, Status> statuses = new ConcurrentHashMap<>();

    public ClientStatusCache(ClientStore store, Vertx vertx, Duration cacheTime) {
        this.store = store;
        this.vertx = vertx;
        this.cacheMillis = cacheTime.toMillis();
    }

    public CompletionStage<Boolean> isActive(String clientId) {
        long now = System.currentTimeMillis();
        Status status = statuses.get(clientId);
        if (status != null && now - status.checkedAtMillis() < cacheMillis) {
            return CompletableFuture.completedFuture(status.active());
        }
        return vertx.executeBlocking(() -> store.isActive(clientId), false).toCompletionStage()
                .handle((active, failure) -> {
                    if (failure != null) {
                        LOG.error("Could not look up whether a client is active; its token is refused", failure);
                        return false;
                    }
                    remember(clientId, active, now);
                    return active;
                });
    }

    private void remember(String clientId, boolean active, long now) {
        if (statuses.size() >= MAX_ENTRIES) {
            statuses.values().removeIf(s -> now - s.checkedAtMillis() >= cacheMillis);
            if (statuses.size() >= MAX_ENTRIES) {
                statuses.clear();
            }
        }
        statuses.put(clientId, new Status(active, now));
    }

    /**
     * Forgets what is known of one client, after it changed.
     */
    public void invalidate(String clientId) {
        statuses.remove(clientId);
    }

    /**
     * Forgets everything, after clients were deleted in bulk (unused-client expiry).
     */
    public void clear() {
        statuses.clear();
    }
}
