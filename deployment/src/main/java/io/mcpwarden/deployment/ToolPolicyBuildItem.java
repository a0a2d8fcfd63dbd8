package io.mcpwarden.deployment;

import io.mcpwarden.runtime.auth.ToolPolicy;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * The validated access policy of one tool, with the name of its {@code @Authorize} class (recorded separately, as a
 * class reference, when the policy is handed to the runtime).
 */
public final class ToolPolicyBuildItem extends MultiBuildItem {

    private final ToolPolicy policy;
    private final String authorizerClass;
    private final String declaringMethod;

    public ToolPolicyBuildItem(ToolPolicy policy, String authorizerClass, String declaringMethod) {
        this.policy = policy;
        this.authorizerClass = authorizerClass;
        this.declaringMethod = declaringMethod;
    }

    public ToolPolicy policy() {
        return policy;
    }

    /**
     * The {@code @Authorize} bean class name, or null.
     */
    public String authorizerClass() {
        return authorizerClass;
    }

    /**
     * {@code com.acme.Tools#cancel()}, for error messages.
     */
    public String declaringMethod() {
        return declaringMethod;
    }
}
