package io.mcpwarden.deployment;

import io.mcpwarden.runtime.auth.ToolPolicy;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * The validated access policy of one tool.
 */
public final class ToolPolicyBuildItem extends MultiBuildItem {

    private final ToolPolicy policy;

    public ToolPolicyBuildItem(ToolPolicy policy) {
        this.policy = policy;
    }

    public ToolPolicy policy() {
        return policy;
    }
}
