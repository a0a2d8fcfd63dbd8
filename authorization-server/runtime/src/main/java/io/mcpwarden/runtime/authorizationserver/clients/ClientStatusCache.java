package io.mcpwarden.runtime.authorizationserver.clients;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

import org.jboss.logging.Logger;

import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.vertx.core.Vertx;

/**
 * Whether a token of a client may still be used (the client exists, is not disabled, and the token was not issued
 * before it was last disabled), as the resource server asks on every request: answered from memory, looked up in the store off
 * the event loop when unknown or older than the
 * cache time, and forgotten at once when an operator changes the client here. Another replica learns of a change
 * within the cache time. A failed lookup answers false: fail closed.
 */
public final class ClientStatusCache {

    private static final Logger LOG = Logger.getLogger(ClientStatusCache.class);
    private static final int MAX_ENTRIES = 10_000;
    /** No token of the client is accepted: it is disabled or unknown. */
    private static final long NONE = -1;

    /**
     * @param acceptedFrom the issue time (epoch seconds) from which the client's tokens are accepted, or
     *        {@link #NONE}
     */
    private record Status(long acceptedFrom, long checkedAtMillis) {

        boolean accepts(Instant issuedAt) {
            return acceptedFrom == 0 || acceptedFrom != NONE && issuedAt != null
                    && issuedAt.getEpochSecond() >= acceptedFrom;
        }
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

    /**
     * Completes with whether a token issued to the client at the given time is accepted; false when that cannot be
     * told.
     *
     * @param issuedAt the token's {@code iat}, or null when it has none (then it is accepted only from a client that
     *        was never disabled)
     */
    public CompletionStage<Boolean> acceptsToken(String clientId, Instant issuedAt) {
        long now = System.currentTimeMillis();
        Status status = statuses.get(clientId);
        if (status != null && now - status.checkedAtMillis() < cacheMillis) {
            return CompletableFuture.completedFuture(status.accepts(issuedAt));
        }
        return vertx.executeBlocking(() -> store.tokensAcceptedFrom(clientId).orElse(NONE), false)
                .toCompletionStage()
                .handle((acceptedFrom, failure) -> {
                    if (failure != null) {
                        LOG.error("Could not look up whether a client is active; its token is refused", failure);
                        return false;
                    }
                    Status looked = new Status(acceptedFrom, now);
                    remember(clientId, looked);
                    return looked.accepts(issuedAt);
                });
    }

    private void remember(String clientId, Status status) {
        long now = status.checkedAtMillis();
        if (statuses.size() >= MAX_ENTRIES) {
            statuses.values().removeIf(s -> now - s.checkedAtMillis() >= cacheMillis);
            if (statuses.size() >= MAX_ENTRIES) {
                statuses.clear();
            }
        }
        statuses.put(clientId, status);
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
