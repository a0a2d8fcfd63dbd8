package io.mcpwarden;

import java.util.List;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The form of a form-mode elicitation: a flat object of primitive fields, as MCP allows (strings, numbers, integers,
 * booleans, single- and multi-select enums), each with an optional title, description and default. Build one with
 * {@link #builder()}.
 *
 * <pre>{@code
 * ElicitationSchema.builder()
 *         .string("name", "Your name", null, true)
 *         .singleSelect("size", "Size", List.of("s", "m", "l"), List.of("Small", "Medium", "Large"), "m", true)
 *         .bool("newsletter", "Subscribe to the newsletter", false, false).describe("Once a month")
 *         .build();
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/elicitation">Elicitation</a>
 */
public final class ElicitationSchema {

    private final ObjectNode json;

    private ElicitationSchema(ObjectNode json) {
        this.json = json;
    }

    /**
     * The JSON Schema sent as {@code requestedSchema} (a copy).
     */
    public ObjectNode toJson() {
        return json.deepCopy();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {

        private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        private final ObjectNode properties = NODES.objectNode();
        private final ArrayNode required = NODES.arrayNode();
        private ObjectNode last;

        private Builder() {
        }

        /** A free-text field. */
        public Builder string(String name, String title, String defaultValue, boolean isRequired) {
            ObjectNode field = field(name, "string", title, isRequired);
            if (defaultValue != null) {
                field.put("default", defaultValue);
            }
            return this;
        }

        /** A whole-number field with optional bounds. */
        public Builder integer(String name, String title, Integer minimum, Integer maximum, Integer defaultValue,
                boolean isRequired) {
            ObjectNode field = field(name, "integer", title, isRequired);
            if (minimum != null) {
                field.put("minimum", minimum);
            }
            if (maximum != null) {
                field.put("maximum", maximum);
            }
            if (defaultValue != null) {
                field.put("default", defaultValue);
            }
            return this;
        }

        /** A decimal-number field with optional bounds. */
        public Builder number(String name, String title, Double minimum, Double maximum, Double defaultValue,
                boolean isRequired) {
            ObjectNode field = field(name, "number", title, isRequired);
            if (minimum != null) {
                field.put("minimum", minimum);
            }
            if (maximum != null) {
                field.put("maximum", maximum);
            }
            if (defaultValue != null) {
                field.put("default", defaultValue);
            }
            return this;
        }

        /** A yes/no field. */
        public Builder bool(String name, String title, Boolean defaultValue, boolean isRequired) {
            ObjectNode field = field(name, "boolean", title, isRequired);
            if (defaultValue != null) {
                field.put("default", defaultValue);
            }
            return this;
        }

        /**
         * A choice of one value. With {@code valueTitles} (same size as {@code values}) the options are sent as
         * titled {@code oneOf} constants, otherwise as a plain {@code enum}.
         */
        public Builder singleSelect(String name, String title, List<String> values, List<String> valueTitles,
                String defaultValue, boolean isRequired) {
            checkChoices(name, values, valueTitles, defaultValue == null ? List.of() : List.of(defaultValue));
            ObjectNode field = field(name, "string", title, isRequired);
            if (valueTitles == null) {
                values.forEach(field.putArray("enum")::add);
            } else {
                ArrayNode oneOf = field.putArray("oneOf");
                for (int i = 0; i < values.size(); i++) {
                    oneOf.addObject().put("const", values.get(i)).put("title", valueTitles.get(i));
                }
            }
            if (defaultValue != null) {
                field.put("default", defaultValue);
            }
            return this;
        }

        /**
         * A choice of one value in the deprecated form older clients know: a plain {@code enum} with display names in
         * {@code enumNames} (same size as {@code values}). Prefer {@link #singleSelect} with titles.
         */
        public Builder singleSelectWithEnumNames(String name, String title, List<String> values,
                List<String> enumNames, String defaultValue, boolean isRequired) {
            if (enumNames == null) {
                throw new IllegalArgumentException("The elicitation field '" + name + "' needs enumNames");
            }
            checkChoices(name, values, enumNames, defaultValue == null ? List.of() : List.of(defaultValue));
            ObjectNode field = field(name, "string", title, isRequired);
            values.forEach(field.putArray("enum")::add);
            enumNames.forEach(field.putArray("enumNames")::add);
            if (defaultValue != null) {
                field.put("default", defaultValue);
            }
            return this;
        }

        /**
         * A choice of any number of values; the answer is a list of strings. With {@code valueTitles} the options
         * are titled {@code anyOf} constants, otherwise a plain {@code enum}.
         */
        public Builder multiSelect(String name, String title, List<String> values, List<String> valueTitles,
                List<String> defaultValues, boolean isRequired) {
            checkChoices(name, values, valueTitles, defaultValues == null ? List.of() : defaultValues);
            ObjectNode field = field(name, "array", title, isRequired);
            ObjectNode items = field.putObject("items");
            if (valueTitles == null) {
                items.put("type", "string");
                values.forEach(items.putArray("enum")::add);
            } else {
                ArrayNode anyOf = items.putArray("anyOf");
                for (int i = 0; i < values.size(); i++) {
                    anyOf.addObject().put("const", values.get(i)).put("title", valueTitles.get(i));
                }
            }
            if (defaultValues != null) {
                defaultValues.forEach(field.putArray("default")::add);
            }
            return this;
        }

        /** Adds a description to the field added last. */
        public Builder describe(String description) {
            if (last == null) {
                throw new IllegalStateException("describe() follows the field it describes");
            }
            last.put("description", description);
            return this;
        }

        public ElicitationSchema build() {
            ObjectNode schema = NODES.objectNode();
            schema.put("type", "object");
            schema.set("properties", properties.deepCopy());
            if (!required.isEmpty()) {
                schema.set("required", required.deepCopy());
            }
            return new ElicitationSchema(schema);
        }

        private ObjectNode field(String name, String type, String title, boolean isRequired) {
            if (name == null || !FIELD_NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("Invalid elicitation field name: use 1 to 64 characters from "
                        + "A-Z a-z 0-9 _ - .");
            }
            if (properties.has(name)) {
                throw new IllegalArgumentException("The elicitation field '" + name + "' is declared twice");
            }
            ObjectNode field = properties.putObject(name);
            field.put("type", type);
            if (title != null) {
                field.put("title", title);
            }
            if (isRequired) {
                required.add(name);
            }
            last = field;
            return field;
        }

        private static void checkChoices(String name, List<String> values, List<String> titles,
                List<String> defaults) {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("The elicitation field '" + name + "' needs at least one value");
            }
            if (titles != null && titles.size() != values.size()) {
                throw new IllegalArgumentException("The elicitation field '" + name
                        + "' needs exactly one title per value");
            }
            for (String value : defaults) {
                if (!values.contains(value)) {
                    throw new IllegalArgumentException("The default '" + value + "' of the elicitation field '"
                            + name + "' is not one of its values");
                }
            }
        }
    }
}
