package io.mcpwarden.runtime.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An argument that a tool's input schema marks with {@code x-mcp-header}: clients mirror its value into the
 * {@code Mcp-Param-<header>} HTTP header (2026-07-28), and the server checks that the two agree.
 *
 * @param argument the argument name in {@code params.arguments}
 * @param header the header name after {@code Mcp-Param-}
 * @param integer whether the schema types the argument {@code integer} (compared as a number, not as text)
 */
public record ParamHeader(String argument, String header, boolean integer) {

    /** The prefix of the header that carries an argument. */
    public static final String PREFIX = "Mcp-Param-";

    /**
     * The marked top-level properties of an input schema (annotated tools and tools added at run time alike).
     */
    public static List<ParamHeader> declaredIn(JsonNode inputSchema) {
        JsonNode properties = inputSchema == null ? null : inputSchema.get("properties");
        if (properties == null || !properties.isObject()) {
            return List.of();
        }
        List<ParamHeader> declared = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode header = property.getValue().get("x-mcp-header");
            if (header != null && header.isTextual() && !header.textValue().isEmpty()) {
                JsonNode type = property.getValue().get("type");
                declared.add(new ParamHeader(property.getKey(), header.textValue(),
                        type != null && "integer".equals(type.asText())));
            }
        }
        return List.copyOf(declared);
    }
}
