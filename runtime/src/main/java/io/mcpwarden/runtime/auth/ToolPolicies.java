package io.mcpwarden.runtime.auth;

import java.util.List;

/**
 * The access policies of all tools, as built from their annotations at build time.
 */
public final class ToolPolicies {

    private final List<ToolPolicy> policies;

    public ToolPolicies(List<ToolPolicy> policies) {
        this.policies = List.copyOf(policies);
    }

    public List<ToolPolicy> all() {
        return policies;
    }
}
