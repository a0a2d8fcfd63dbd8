package io.mcpwarden.runtime.limits;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * At most {@code limit} requests per {@code window} for each key, as a token bucket that holds {@code limit} tokens
 * and gets one back every {@code window / limit}: a burst of {@code limit} requests passes at once, after which
 * requests pass at the sustained rate. Implemented as the generic cell rate algorithm (GCRA): each key holds one
 * number, the time at which its bucket will be full again, updated with a compare-and-set; a check is O(1) and
 * lock-free. A refused request is not counted, so a client that keeps retrying does not extend its own wait.
 * <p>
 * Memory is bounded: a key whose bucket is full again holds no information and is dropped by {@link #evictIdle}
 * (run periodically); at most {@code maxKeys} keys are tracked, and when that many are busy at once a new key is
 * refused (fails closed) until some of them fill up again.
 */
public final class RateLimiter {

    private static final long SWEEP_PERIOD_NANOS = 1_000_000_000L;

    private final int limit;
    private final Duration window;
    private final long intervalNanos;
    private final long toleranceNanos;
    private final int maxKeys;
    private final LongSupplier nanoClock;
    private final ConcurrentHashMap<String, AtomicLong> fullAt = new ConcurrentHashMap<>();
    private final AtomicLong lastSweep;

    /**
     * @param nanoClock a monotonic clock in nanoseconds, such as {@code System::nanoTime}
     */
    public RateLimiter(int limit, Duration window, int maxKeys, LongSupplier nanoClock) {
        if (limit < 1 || window.isNegative() || window.isZero() || maxKeys < 1) {
            throw new IllegalArgumentException("A rate limit needs a positive limit, window and number of keys");
        }
        this.limit = limit;
        this.window = window;
        this.intervalNanos = Math.max(1, window.toNanos() / limit);
        this.toleranceNanos = window.toNanos() - intervalNanos;
        this.maxKeys = maxKeys;
        this.nanoClock = nanoClock;
        this.lastSweep = new AtomicLong(nanoClock.getAsLong());
    }

    public RateLimiter(int limit, Duration window) {
        this(limit, window, 100_000, System::nanoTime);
    }

    /**
     * Counts one request for the key; returns 0 when it may pass, otherwise how many nanoseconds it must wait (and
     * it is not counted).
     */
    public long acquire(String key) {
        long now = nanoClock.getAsLong();
        AtomicLong state = fullAt.get(key);
        if (state == null) {
            if (fullAt.size() >= maxKeys && !sweepWhenFull(now)) {
                return intervalNanos;
            }
            state = fullAt.computeIfAbsent(key, k -> new AtomicLong(now));
        }
        while (true) {
            long current = state.get();
            long base = current - now < 0 ? now : current;
            long wait = base - toleranceNanos - now;
            if (wait > 0) {
                return wait;
            }
            if (state.compareAndSet(current, base + intervalNanos)) {
                return 0;
            }
        }
    }

    /**
     * Gives back the request last counted for the key (when another limit refused it after this one passed it).
     */
    public void refund(String key) {
        AtomicLong state = fullAt.get(key);
        if (state != null) {
            state.addAndGet(-intervalNanos);
        }
    }

    /**
     * Forgets the keys whose bucket is full again: dropping them loses nothing. A request racing with the removal of
     * its key may go uncounted, once.
     */
    public void evictIdle() {
        long now = nanoClock.getAsLong();
        fullAt.values().removeIf(state -> state.get() - now <= 0);
    }

    private boolean sweepWhenFull(long now) {
        long last = lastSweep.get();
        if (now - last >= SWEEP_PERIOD_NANOS && lastSweep.compareAndSet(last, now)) {
            evictIdle();
        }
        return fullAt.size() < maxKeys;
    }

    /** How many keys are tracked now. */
    public int tracked() {
        return fullAt.size();
    }

    public int limit() {
        return limit;
    }

    public Duration window() {
        return window;
    }

    /**
     * A wait as the integral number of seconds of a {@code Retry-After} header: rounded up, at least 1.
     */
    public static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
    }
}
