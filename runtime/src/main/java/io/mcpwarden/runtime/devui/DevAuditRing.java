package io.mcpwarden.runtime.devui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.event.Observes;

import io.mcpwarden.audit.AuditEvent;

/**
 * The most recent audit events, for the Dev UI: a bounded in-memory ring fed by the audit event stream. The events
 * are the {@link AuditEvent}s themselves, which never hold a token or the call's arguments.
 * <p>
 * Its bean exists only in local dev mode (registered by a build step that runs only then).
 */
public final class DevAuditRing {

    public static final int CAPACITY = 200;

    private final Deque<AuditEvent> events = new ArrayDeque<>(CAPACITY);

    public void onAudit(@Observes AuditEvent event) {
        synchronized (events) {
            if (events.size() == CAPACITY) {
                events.removeLast();
            }
            events.addFirst(event);
        }
    }

    /**
     * The kept events, newest first.
     */
    public List<AuditEvent> newestFirst() {
        synchronized (events) {
            return new ArrayList<>(events);
        }
    }

    public void clear() {
        synchronized (events) {
            events.clear();
        }
    }
}
