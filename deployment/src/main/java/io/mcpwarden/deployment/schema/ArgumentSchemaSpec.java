package io.mcpwarden.deployment.schema;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the input schema says about one tool argument.
 *
 * @param name the argument name
 * @param type the parameter's generic type
 * @param annotations the parameter's annotations (Bean Validation constraints are reflected in the schema)
 * @param description the description, or null
 * @param required whether the argument is required
 * @param defaultValue the default value, or null
 * @param header the {@code x-mcp-header} name the argument is mirrored into, or null
 */
public record ArgumentSchemaSpec(String name, Type type, Annotation[] annotations, String description,
        boolean required, JsonNode defaultValue, String header) {
}
