package io.mcpwarden.deployment.authorizationserver.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;

/**
 * Collects the {@code REQUEST_RATE_LIMITED} audit events, for the tests to check.
 */
@ApplicationScoped
public class RateLimitEvents {

    private final List<AuthorizationServerEvent> events = new CopyOnWriteArrayList<>();

    void on(@Observes AuthorizationServerEvent event) {
        if (event.type() == AuthorizationServerEvent.Type.REQUEST_RATE_LIMITED) {
            events.add(event);
        }
    }

    AuthorizationServerEvent last() {
        return events.get(events.size() - 1);
    }
}
