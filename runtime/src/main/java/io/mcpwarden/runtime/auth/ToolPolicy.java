package io.mcpwarden.runtime.auth;

import java.util.List;

/**
 * The static access rule of one tool, built at build time from its annotations.
 *
 * @param toolName the tool
 * @param publicTool callable without a token
 * @param allOf scopes all required
 * @param anyOf scopes of which one is required (empty: no such rule)
 */
public record ToolPolicy(String toolName, boolean publicTool, List<String> allOf, List<String> anyOf) {
}
