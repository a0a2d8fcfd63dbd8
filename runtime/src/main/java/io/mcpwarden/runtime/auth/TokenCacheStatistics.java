package io.mcpwarden.runtime.auth;

import java.util.concurrent.atomic.LongAdder;

/**
 * How often a bearer token was found already verified in the cache (hit) or had to be verified (miss). Counted on the
 * request path with {@link LongAdder}s, read by the metrics binding when Micrometer is present.
 */
public final class TokenCacheStatistics {

    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    void hit() {
        hits.increment();
    }

    void miss() {
        misses.increment();
    }

    public long hits() {
        return hits.sum();
    }

    public long misses() {
        return misses.sum();
    }
}
