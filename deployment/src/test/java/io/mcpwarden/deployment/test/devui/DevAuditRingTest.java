package io.mcpwarden.deployment.test.devui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.runtime.devui.DevAuditRing;

/**
 * The Dev UI's audit ring keeps the newest events, newest first, and forgets the oldest beyond its capacity.
 */
class DevAuditRingTest {

    private static AuditEvent event(int n) {
        return new AuditEvent(Instant.ofEpochSecond(n), "user-" + n, null, null, "tools/call", "tool-" + n,
                AuditEvent.Decision.ALLOWED, null, AuditEvent.Outcome.SUCCESS, 1, Integer.toString(n), null);
    }

    @Test
    void keepsTheNewestEventsNewestFirst() {
        DevAuditRing ring = new DevAuditRing();
        int total = DevAuditRing.CAPACITY + 5;
        for (int n = 1; n <= total; n++) {
            ring.onAudit(event(n));
        }
        List<AuditEvent> kept = ring.newestFirst();
        assertThat(kept).hasSize(DevAuditRing.CAPACITY);
        assertThat(kept.get(0).target()).isEqualTo("tool-" + total);
        assertThat(kept.get(kept.size() - 1).target()).isEqualTo("tool-6");
        ring.clear();
        assertThat(ring.newestFirst()).isEmpty();
    }
}
