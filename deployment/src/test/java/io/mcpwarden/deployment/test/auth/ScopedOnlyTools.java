package io.mcpwarden.deployment.test.auth;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Tools none of which is public: every request needs a token.
 */
public class ScopedOnlyTools {

    @Tool(description = "Finds an order")
    @RequiresScopes("orders:read")
    String findOrder(String id) {
        return "order " + id;
    }
}
