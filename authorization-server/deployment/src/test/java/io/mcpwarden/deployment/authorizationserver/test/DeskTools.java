package io.mcpwarden.deployment.authorizationserver.test;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Two scoped tools for the authorization server tests.
 */
public class DeskTools {

    @Tool(name = "find_order", description = "Finds an order")
    @RequiresScopes("orders:read")
    String findOrder(String orderId) {
        return "order " + orderId;
    }

    @Tool(name = "cancel_order", description = "Cancels an order")
    @RequiresScopes({ "orders:read", "orders:write" })
    String cancelOrder(String orderId) {
        return "cancelled " + orderId;
    }
}
