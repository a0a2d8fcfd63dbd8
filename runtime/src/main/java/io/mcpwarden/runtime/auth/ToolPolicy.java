package io.mcpwarden.runtime.auth;

import java.util.List;

/**
 * The static access rule of one tool, built at build time from its annotations.
 *
 * @param toolName the tool
 * @param publicTool callable without a token
 * @param allOf scopes all required
 * @param anyOf scopes of which one is required (empty: no such rule)
 * @param claims claim conditions, all required
 * @param authStrength the authentication-strength condition, or null
 * @param authorizer the {@code @Authorize} bean class, or null
 */
public record ToolPolicy(String toolName, boolean publicTool, List<String> allOf, List<String> anyOf,
        List<ClaimRequirement> claims, AuthStrengthRequirement authStrength, Class<?> authorizer) {

    /**
     * This policy with its authorizer class set.
     */
    public ToolPolicy withAuthorizer(Class<?> authorizer) {
        return new ToolPolicy(toolName, publicTool, allOf, anyOf, claims, authStrength, authorizer);
    }
}
