package io.mcpwarden.it.observability.as;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.RequiresScopes;

/**
 * A scoped tool, so that the authorization server has a scope to ask consent for.
 */
public class DeskTools {

    @Tool(name = "find_order", description = "Finds an order")
    @RequiresScopes("orders:read")
    String findOrder(String orderId) {
        return "order " + orderId;
    }
}
