package io.mcpwarden.deployment.test.auth;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.mcpwarden.audit.AuditEvent;

/**
 * Collects the audit events of the test application.
 */
@ApplicationScoped
public class AuditRecorder {

    private final List<AuditEvent> events = new CopyOnWriteArrayList<>();

    void onAudit(@Observes AuditEvent event) {
        events.add(event);
    }

    public List<AuditEvent> events() {
        return events;
    }

    public void clear() {
        events.clear();
    }
}
