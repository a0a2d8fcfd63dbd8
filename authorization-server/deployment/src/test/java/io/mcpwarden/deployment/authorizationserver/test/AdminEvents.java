package io.mcpwarden.deployment.authorizationserver.test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;

/**
 * Collects the admin API's audit events, for the tests to check.
 */
@ApplicationScoped
public class AdminEvents {

    private final List<AuthorizationServerEvent> events = new CopyOnWriteArrayList<>();

    void on(@Observes AuthorizationServerEvent event) {
        if (event.type().name().startsWith("ADMIN_")) {
            events.add(event);
        }
    }

    List<AuthorizationServerEvent> all() {
        return List.copyOf(events);
    }

    AuthorizationServerEvent last() {
        return events.get(events.size() - 1);
    }
}
