package io.mcpwarden.deployment.test.devui;

import jakarta.inject.Inject;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.Authorize;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequireAuthStrength;
import io.mcpwarden.auth.RequireClaim;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Tools with every kind of access rule the Dev UI card lists.
 */
@RequiresScopes("orders:read")
public class DevUiTools {

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

    @Tool(description = "Exports the orders of a tenant")
    @RequireClaim(name = "tenant", anyOf = "acme")
    @RequireAuthStrength(acr = "mfa", maxAgeSeconds = 600)
    @Authorize(ExportAuthorizer.class)
    String exportOrders() {
        return "exported for " + caller.claim("tenant").orElse("?");
    }

    @Tool(description = "Tells the opening hours")
    @PublicTool
    String openingHours() {
        return "9-17";
    }
}
