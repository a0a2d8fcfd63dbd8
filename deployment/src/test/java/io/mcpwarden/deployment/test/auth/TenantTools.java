package io.mcpwarden.deployment.test.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.mcpwarden.Tool;
import io.mcpwarden.auth.AuthorizationDecision;
import io.mcpwarden.auth.Authorize;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.auth.ToolArguments;
import io.mcpwarden.auth.ToolAuthorizer;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Tools whose access depends on their arguments, and tools that look at their caller.
 */
@RequiresScopes("orders:read")
public class TenantTools {

    @Inject
    SecurityIdentity identity;

    @Inject
    JsonWebToken jwt;

    @Tool(description = "Reads an order of the caller's organisation")
    @Authorize(SameTenant.class)
    String tenantOrder(String orderId, Caller caller) {
        return orderId + " read by " + caller.subject();
    }

    @Tool(description = "Reads an order, with a rule that breaks")
    @Authorize(BrokenRule.class)
    String fragileOrder(String orderId) {
        return orderId;
    }

    @Tool(description = "Tells who is calling")
    String whoAmI(Caller caller) {
        return caller.subject() + "|" + caller.clientId() + "|" + String.join(",", new java.util.TreeSet<>(
                caller.grantedScopes())) + "|" + identity.getPrincipal().getName() + "|" + jwt.getSubject();
    }

    @ApplicationScoped
    public static class SameTenant implements ToolAuthorizer {

        @Override
        public AuthorizationDecision authorize(Caller caller, ToolArguments arguments) {
            String org = caller.claim("org").map(Object::toString).orElse("");
            String orderId = arguments.get("orderId", String.class);
            return orderId.startsWith(org + "-") ? AuthorizationDecision.allow()
                    : AuthorizationDecision.deny("order " + orderId + " belongs to another organisation");
        }
    }

    @ApplicationScoped
    public static class BrokenRule implements ToolAuthorizer {

        @Override
        public AuthorizationDecision authorize(Caller caller, ToolArguments arguments) {
            throw new IllegalStateException("database down");
        }
    }
}
