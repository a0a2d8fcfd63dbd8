package io.mcpwarden.runtime.tools;

/**
 * One argument of a tool, as resolved at build time.
 *
 * @param name the argument name on the wire
 * @param javaType the parameter's generic type in Jackson's canonical form, resolved once at startup
 * @param required whether the client must send it
 * @param defaultJson the JSON literal used when the argument is absent, or null
 */
public record ToolParameter(String name, String javaType, boolean required, String defaultJson) {
}
