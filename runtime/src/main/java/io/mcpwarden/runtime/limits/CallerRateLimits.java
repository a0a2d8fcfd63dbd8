package io.mcpwarden.runtime.limits;

import java.time.Duration;
import java.util.OptionalInt;

import io.mcpwarden.auth.Caller;

/**
 * The request rate limits of authenticated callers: one bucket per OAuth client ({@code client_id}, else
 * {@code azp}) and one per subject, both per issuer. A request must pass both; when the client's bucket refuses it,
 * the subject's count is given back. Unauthenticated callers (authentication off) are not limited here, and a token
 * without a client is limited by its subject only.
 */
public final class CallerRateLimits {

    private final RateLimiter perClient;
    private final RateLimiter perSubject;

    private CallerRateLimits(RateLimiter perClient, RateLimiter perSubject) {
        this.perClient = perClient;
        this.perSubject = perSubject;
    }

    /**
     * The limits configured, or null when both are off.
     */
    public static CallerRateLimits of(OptionalInt perClient, OptionalInt perSubject, Duration window,
            int maxTracked) {
        RateLimiter clients = limiter(perClient, window, maxTracked);
        RateLimiter subjects = limiter(perSubject, window, maxTracked);
        return clients == null && subjects == null ? null : new CallerRateLimits(clients, subjects);
    }

    private static RateLimiter limiter(OptionalInt limit, Duration window, int maxTracked) {
        return limit.isPresent() && limit.getAsInt() > 0
                ? new RateLimiter(limit.getAsInt(), window, maxTracked, System::nanoTime)
                : null;
    }

    /**
     * Counts one request of the caller; 0 when it may pass, otherwise the nanoseconds it must wait.
     */
    public long acquire(Caller caller) {
        if (!caller.authenticated()) {
            return 0;
        }
        String subjectKey = null;
        if (perSubject != null && caller.subject() != null) {
            subjectKey = caller.issuer() + '\n' + caller.subject();
            long wait = perSubject.acquire(subjectKey);
            if (wait > 0) {
                return wait;
            }
        }
        if (perClient != null && caller.clientId() != null) {
            long wait = perClient.acquire(caller.issuer() + '\n' + caller.clientId());
            if (wait > 0) {
                if (subjectKey != null) {
                    perSubject.refund(subjectKey);
                }
                return wait;
            }
        }
        return 0;
    }

    /**
     * Forgets callers whose buckets are full again.
     */
    public void evictIdle() {
        if (perClient != null) {
            perClient.evictIdle();
        }
        if (perSubject != null) {
            perSubject.evictIdle();
        }
    }
}
