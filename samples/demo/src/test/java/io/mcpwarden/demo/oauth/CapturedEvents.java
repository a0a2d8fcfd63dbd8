package io.mcpwarden.demo.oauth;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent;

/**
 * Collects the audit CDI events (of the MCP endpoint and of the authorization server) while a test asks for them;
 * otherwise it keeps nothing, so the other tests of the module (and the soak) are unaffected.
 */
@ApplicationScoped
public class CapturedEvents {

    private static volatile Queue<Object> sink;

    static Queue<Object> start() {
        Queue<Object> events = new ConcurrentLinkedQueue<>();
        sink = events;
        return events;
    }

    static void stop() {
        sink = null;
    }

    void onCall(@Observes AuditEvent event) {
        Queue<Object> events = sink;
        if (events != null) {
            events.add(event);
        }
    }

    void onAuthorizationServer(@Observes AuthorizationServerEvent event) {
        Queue<Object> events = sink;
        if (events != null) {
            events.add(event);
        }
    }
}
