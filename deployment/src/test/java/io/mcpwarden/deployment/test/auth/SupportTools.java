package io.mcpwarden.deployment.test.auth;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.RequireAuthStrength;
import io.mcpwarden.auth.RequireClaim;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Tools guarded by claim conditions and authentication strength.
 */
@RequiresScopes("orders:read")
@RequireClaim(name = "realm_access.roles", anyOf = "support")
public class SupportTools {

    @Tool(description = "Refunds an order")
    @RequireClaim(name = "org_role", anyOf = { "admin", "lead" })
    String refund() {
        return "refunded";
    }

    @Tool(description = "Reads the customer's email")
    @RequireClaim(name = "email_verified")
    @RequireClaim(name = "realm_access.roles", containsAll = { "support", "pii" })
    String customerEmail() {
        return "ada@example.com";
    }

    @Tool(description = "Offers a gold-tier discount")
    @RequireClaim(name = "https://example.com/tier", anyOf = "gold")
    String goldDiscount() {
        return "10%";
    }

    @Tool(description = "Wipes a customer's data")
    @RequireAuthStrength(acr = "mfa", maxAgeSeconds = 600)
    String wipe() {
        return "wiped";
    }
}
