package io.mcpwarden.deployment.test.auth;

import jakarta.inject.Inject;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequiresAnyScope;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Tools with the access rules the auth tests check.
 */
@RequiresScopes("orders:read")
public class OrderTools {

    @Inject
    Caller caller;

    @Tool(description = "Finds an order")
    String findOrder(String id) {
        return "order " + id + " for " + caller.subject();
    }

    @Tool(description = "Cancels an order")
    @RequiresScopes("orders:write")
    String cancelOrder(String id) {
        return "cancelled " + id;
    }

    @Tool(description = "Exports orders")
    @RequiresAnyScope({ "orders:export", "admin" })
    String exportOrders() {
        return "exported";
    }

    @Tool(description = "Tells the opening hours")
    @PublicTool
    String openingHours() {
        return "9-17";
    }
}
