package io.mcpwarden.runtime.authorizationserver.login;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorization requests between the authorize call and the user's consent. They live in memory for the login
 * timeout only: a restart (or another replica) asks the user to start again, and loses nothing persistent.
 */
public final class PendingAuthorizations {

    private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();
    private final int capacity;

    public PendingAuthorizations(int capacity) {
        this.capacity = capacity;
    }

    /**
     * Keeps the request; false when too many are pending (expired ones are dropped first).
     */
    public boolean put(PendingAuthorization request, long now) {
        if (pending.size() >= capacity) {
            evictExpired(now);
            if (pending.size() >= capacity) {
                return false;
            }
        }
        pending.put(request.id(), request);
        return true;
    }

    public void replace(PendingAuthorization request) {
        pending.replace(request.id(), request);
    }

    public Optional<PendingAuthorization> find(String id, long now) {
        PendingAuthorization request = id == null ? null : pending.get(id);
        if (request == null || request.expiresAt() <= now) {
            return Optional.empty();
        }
        return Optional.of(request);
    }

    /**
     * Takes the request out, so that a form cannot be submitted twice.
     */
    public boolean remove(PendingAuthorization request) {
        return pending.remove(request.id(), request);
    }

    public void evictExpired(long now) {
        pending.values().removeIf(request -> request.expiresAt() <= now);
    }
}
