package io.mcpwarden;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A tool defined at run time, for {@link ToolRegistry#add}: its name, description, input schema, the scopes a caller
 * needs and its handler. Build one with {@link #builder(String)}.
 *
 * @param name the tool name, 1 to 128 characters from {@code A-Z a-z 0-9 _ - .}
 * @param title a human-readable title, or null
 * @param description the description for the model, or null
 * @param inputSchema the JSON Schema of the arguments (an object schema), as JSON text
 * @param requiredScopes scopes the caller must all hold; each must be declared in {@code quarkus.warden.scopes}
 * @param readOnly the {@code readOnlyHint}
 * @param handler the code that runs the tool
 */
public record DynamicTool(String name, String title, String description, String inputSchema,
        List<String> requiredScopes, boolean readOnly, ToolHandler handler) {

    public DynamicTool {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(inputSchema, "inputSchema");
        Objects.requireNonNull(handler, "handler");
        requiredScopes = List.copyOf(requiredScopes);
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public static final class Builder {
        private final String name;
        private final List<String> scopes = new ArrayList<>();
        private String title;
        private String description;
        private String inputSchema = "{\"type\":\"object\"}";
        private boolean readOnly;
        private ToolHandler handler;

        private Builder(String name) {
            this.name = name;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Default: {@code {"type":"object"}} (any arguments). */
        public Builder inputSchema(String json) {
            this.inputSchema = json;
            return this;
        }

        public Builder requiresScopes(String... required) {
            scopes.addAll(List.of(required));
            return this;
        }

        public Builder readOnly(boolean readOnly) {
            this.readOnly = readOnly;
            return this;
        }

        public Builder handler(ToolHandler handler) {
            this.handler = handler;
            return this;
        }

        public DynamicTool build() {
            return new DynamicTool(name, title, description, inputSchema, scopes, readOnly, handler);
        }
    }
}
