package io.mcpwarden.runtime.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Adds the {@code icons} and {@code _meta} rendered at build time (from {@code @Icon} and {@code @Meta}) to a
 * descriptor, once, at startup.
 */
public final class Decorations {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Decorations() {
    }

    /**
     * @param json a JSON object with {@code icons} and/or {@code _meta}, or null for none
     */
    public static ObjectNode apply(ObjectNode descriptor, String json) {
        if (json == null) {
            return descriptor;
        }
        try {
            JsonNode decorations = MAPPER.readTree(json);
            Iterator<Map.Entry<String, JsonNode>> fields = decorations.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                descriptor.set(field.getKey(), field.getValue());
            }
            return descriptor;
        } catch (IOException e) {
            throw new UncheckedIOException("Invalid icons or _meta rendered at build time", e);
        }
    }
}
