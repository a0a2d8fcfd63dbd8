package io.mcpwarden.runtime.authorizationserver.registration;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts registrations per source address over the last hour (in memory, per server instance).
 */
public final class RegistrationRateLimiter {

    private static final long WINDOW_SECONDS = 3600;

    private final int maxPerWindow;
    private final Map<String, Deque<Long>> attempts = new ConcurrentHashMap<>();

    public RegistrationRateLimiter(int maxPerWindow) {
        this.maxPerWindow = maxPerWindow;
    }

    /**
     * Counts one registration from the address; false (and not counted) when the address has reached its limit.
     */
    public boolean tryAcquire(String address, long now) {
        Deque<Long> times = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_SECONDS) {
                times.pollFirst();
            }
            if (times.size() >= maxPerWindow) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }

    /**
     * Forgets addresses with no registration in the window.
     */
    public void evictIdle(long now) {
        attempts.values().removeIf(times -> {
            synchronized (times) {
                return times.isEmpty() || times.peekLast() <= now - WINDOW_SECONDS;
            }
        });
    }
}
