package io.mcpwarden.runtime.audit;

import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.auth.Caller;
import io.quarkus.arc.Arc;

/**
 * Records audit events: one JSON line each on the {@code io.mcpwarden.audit} log category, and a CDI event for
 * observers.
 */
public final class AuditLog {

    public static final String CATEGORY = "io.mcpwarden.audit";
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final ObjectMapper mapper;
    private final boolean logEnabled;
    private volatile Event<AuditEvent> events;

    public AuditLog(ObjectMapper mapper, boolean logEnabled) {
        this.mapper = mapper;
        this.logEnabled = logEnabled;
    }

    public void allowed(Caller caller, String method, String target, AuditEvent.Outcome outcome, long startNanos,
            String requestId, String sessionId) {
        record(new AuditEvent(java.time.Instant.now(), caller.subject(), caller.clientId(), caller.issuer(), method,
                target, AuditEvent.Decision.ALLOWED, null, outcome, micros(startNanos), requestId, sessionId));
    }

    public void denied(Caller caller, String method, String target, String reason, long startNanos,
            String requestId, String sessionId) {
        record(new AuditEvent(java.time.Instant.now(), caller == null ? null : caller.subject(),
                caller == null ? null : caller.clientId(), caller == null ? null : caller.issuer(), method, target,
                AuditEvent.Decision.DENIED, reason, AuditEvent.Outcome.DENIED, micros(startNanos), requestId,
                sessionId));
    }

    private void record(AuditEvent event) {
        if (logEnabled && LOG.isInfoEnabled()) {
            LOG.info(json(event));
        }
        Event<AuditEvent> observers = events;
        if (observers == null) {
            observers = Arc.container().beanManager().getEvent().select(AuditEvent.class);
            events = observers;
        }
        try {
            observers.fire(event);
        } catch (RuntimeException e) {
            LOG.error("An audit event observer failed", e);
        }
    }

    private String json(AuditEvent event) {
        ObjectNode json = mapper.createObjectNode();
        json.put("time", event.time().toString());
        json.put("subject", event.subject());
        json.put("clientId", event.clientId());
        json.put("issuer", event.issuer());
        json.put("method", event.method());
        json.put("target", event.target());
        json.put("decision", event.decision().name());
        json.put("reason", event.reason());
        json.put("outcome", event.outcome().name());
        json.put("durationMicros", event.durationMicros());
        json.put("requestId", event.requestId());
        json.put("sessionId", event.sessionId());
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"audit event could not be written\"}";
        }
    }

    private static long micros(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000;
    }
}
