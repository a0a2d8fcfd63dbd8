package io.mcpwarden.runtime.tools;

/**
 * One parameter of a tool method, as resolved at build time.
 *
 * @param name the argument name on the wire (for {@link ParameterSource#CALLER}, the Java parameter name)
 * @param javaType the parameter's generic type in Jackson's canonical form, resolved once at startup
 * @param required whether the client must send it
 * @param defaultJson the JSON literal used when the argument is absent, or null
 * @param source where the value comes from
 */
public record ToolParameter(String name, String javaType, boolean required, String defaultJson,
        ParameterSource source) {
}
