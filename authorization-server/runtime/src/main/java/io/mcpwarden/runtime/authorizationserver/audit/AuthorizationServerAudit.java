package io.mcpwarden.runtime.authorizationserver.audit;

import java.time.Instant;

import jakarta.enterprise.event.Event;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;

/**
 * Records what the authorization server does, as the MCP endpoint's audit log does for calls: a JSON line on the
 * {@code io.mcpwarden.audit} category and a CDI event.
 */
public final class AuthorizationServerAudit {

    private static final Logger LOG = Logger.getLogger("io.mcpwarden.audit");

    private final ObjectMapper mapper;
    private final boolean logEnabled;
    private final Event<AuthorizationServerEvent> events;

    public AuthorizationServerAudit(ObjectMapper mapper, boolean logEnabled, Event<AuthorizationServerEvent> events) {
        this.mapper = mapper;
        this.logEnabled = logEnabled;
        this.events = events;
    }

    public void record(Type type, String subject, String clientId, String scope, String reason,
            String sourceAddress) {
        fire(new AuthorizationServerEvent(Instant.now(), type, subject, clientId, scope, reason, sourceAddress, null));
    }

    /**
     * An admin API request by the operator {@code actor} (null when refused before the operator was known).
     */
    public void recordAdmin(Type type, String actor, String subject, String clientId, String reason,
            String sourceAddress) {
        fire(new AuthorizationServerEvent(Instant.now(), type, subject, clientId, null, reason, sourceAddress,
                actor));
    }

    private void fire(AuthorizationServerEvent event) {
        if (logEnabled && LOG.isInfoEnabled()) {
            LOG.info(json(event));
        }
        try {
            events.fire(event);
        } catch (RuntimeException e) {
            LOG.error("An authorization server event observer failed", e);
        }
    }

    private String json(AuthorizationServerEvent event) {
        ObjectNode json = mapper.createObjectNode();
        json.put("time", event.time().toString());
        json.put("event", event.type().name());
        json.put("subject", event.subject());
        json.put("clientId", event.clientId());
        json.put("scope", event.scope());
        json.put("reason", event.reason());
        json.put("sourceAddress", event.sourceAddress());
        if (event.actor() != null) {
            json.put("actor", event.actor());
        }
        try {
            return mapper.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            return "{\"error\":\"audit event could not be written\"}";
        }
    }
}
