package io.mcpwarden.runtime.authorizationserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Runs a handler the way its route does, and fails on what the route would turn into a 500. */
final class Handlers {

    private Handlers() {
    }

    static void run(Handler<RoutingContext> handler, FakeExchange exchange) {
        try {
            handler.handle(exchange.context());
        } catch (RuntimeException e) {
            throw new AssertionError("the handler threw (the route's failure handler answers 500 server_error): " + e,
                    e);
        }
        assertThat(exchange.ended).as("the handler answered").isTrue();
        assertThat(exchange.status).as("status").isBetween(200, 499);
    }
}
