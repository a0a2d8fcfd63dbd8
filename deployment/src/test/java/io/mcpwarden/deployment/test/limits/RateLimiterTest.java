package io.mcpwarden.deployment.test.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import io.mcpwarden.runtime.limits.RateLimiter;

/**
 * The token bucket behind every rate limit, on a clock the test moves: the burst, the refill, the exact wait, and
 * the memory bound (idle keys dropped, at most so many keys).
 */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(-5 * SECOND); // nanoTime may be negative

    @Test
    void aBurstOfTheLimitPassesThenOneMorePerInterval() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofSeconds(60), 100, clock::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(20 * SECOND);
        assertThat(limiter.acquire("b")).as("another key").isZero();

        clock.addAndGet(5 * SECOND);
        assertThat(limiter.acquire("a")).as("a refused request is not counted").isEqualTo(15 * SECOND);
        assertThat(RateLimiter.retryAfterSeconds(15 * SECOND - 1)).isEqualTo(15);
        clock.addAndGet(15 * SECOND);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(20 * SECOND);
    }

    @Test
    void aRefundGivesTheRequestBack() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(10), 100, clock::get);
        assertThat(limiter.acquire("a")).isZero();
        limiter.refund("a");
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isEqualTo(10 * SECOND);
    }

    @Test
    void keysWhoseBucketIsFullAgainAreDropped() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10), 100, clock::get);
        limiter.acquire("a");
        limiter.acquire("b");
        limiter.acquire("b");
        clock.addAndGet(5 * SECOND);
        limiter.evictIdle();
        assertThat(limiter.tracked()).as("a is full again, b is not").isEqualTo(1);
        clock.addAndGet(5 * SECOND);
        limiter.evictIdle();
        assertThat(limiter.tracked()).isZero();
    }

    @Test
    void atMostMaxKeysAreTrackedAndNewKeysWaitForIdleOnes() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(10), 2, clock::get);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("b")).isZero();
        assertThat(limiter.acquire("c")).as("full: a new key is refused").isPositive();
        assertThat(limiter.tracked()).isEqualTo(2);

        clock.addAndGet(10 * SECOND);
        assertThat(limiter.acquire("c")).as("a and b are idle again and swept").isZero();
        assertThat(limiter.tracked()).isEqualTo(1);
    }
}
