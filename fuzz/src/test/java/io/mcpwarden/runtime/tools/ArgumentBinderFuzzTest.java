package io.mcpwarden.runtime.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AnonymousCaller;

/**
 * Argument binding of {@code tools/call}: the client's {@code arguments} object against a tool with parameters of
 * every kind the guide lists (primitives, strings, enums, lists, maps, optionals, records, dates, UUIDs, big
 * numbers, a default and the caller). Either every argument is bound to a value of its declared type (the JSON value
 * it came from, the default, or the absent value) or the binder throws {@link ArgumentException} with a message that
 * names the argument in JSON terms and holds no Java class name; never any other exception.
 */
class ArgumentBinderFuzzTest {

    enum Level {
        LOW,
        HIGH
    }

    record Point(int x, int y, List<Point> children) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** As Quarkus configures its mapper: the jdk8, java.time and parameter-names modules, unknown properties tolerated. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final List<ToolParameter> PARAMETERS = List.of(
            argument("count", null, int.class, true, null),
            argument("ratio", null, double.class, false, null),
            argument("flag", null, boolean.class, false, "true"),
            argument("name", null, String.class, false, null),
            argument("level", null, Level.class, false, "\"LOW\""),
            argument("tags", new TypeReference<List<String>>() {
            }, null, false, null),
            argument("limit", new TypeReference<Optional<Integer>>() {
            }, null, false, null),
            argument("when", null, LocalDate.class, false, null),
            argument("id", null, UUID.class, false, null),
            argument("weights", new TypeReference<Map<String, Long>>() {
            }, null, false, null),
            argument("point", null, Point.class, false, null),
            argument("amount", null, BigDecimal.class, false, null),
            argument("codes", null, int[].class, false, null),
            new ToolParameter("caller", "io.mcpwarden.auth.Caller", false, null, ParameterSource.CALLER));
    private static final Map<String, Class<?>> TYPES = Map.ofEntries(Map.entry("count", Integer.class),
            Map.entry("ratio", Double.class), Map.entry("flag", Boolean.class), Map.entry("name", String.class),
            Map.entry("level", Level.class), Map.entry("tags", List.class), Map.entry("limit", Optional.class),
            Map.entry("when", LocalDate.class), Map.entry("id", UUID.class), Map.entry("weights", Map.class),
            Map.entry("point", Point.class), Map.entry("amount", BigDecimal.class), Map.entry("codes", int[].class));
    private static final String[] NAMES = TYPES.keySet().stream().sorted().toArray(String[]::new);
    private static final Set<String> PRIMITIVES = Set.of("count", "ratio", "flag");
    private static final Pattern MESSAGE = Pattern
            .compile("(?s)(Invalid argument '|Missing required argument '|Unknown argument ').*");
    /**
     * Java in a message: package names, exception names, inner types. (Not backticks alone: a client's argument names may hold
     * them.)
     */
    private static final Pattern JAVA_TERMS = Pattern
            .compile("java\\.|javax\\.|com\\.fasterxml|io\\.mcpwarden|Exception|\\$Point|\\$Level|\\bat \\[Source");

    private static final ArgumentBinder BINDER = new ArgumentBinder(PARAMETERS, MAPPER);
    private static final Caller CALLER = AnonymousCaller.INSTANCE;

    @FuzzTest(maxDuration = "20s")
    void bind(FuzzedDataProvider data) {
        ObjectNode arguments = data.consumeBoolean() ? structured(data) : parsed(data.consumeRemainingAsString());
        Object[] values;
        try {
            values = BINDER.bind(arguments, CALLER);
        } catch (ArgumentException e) {
            assertThat(e.getMessage()).matches(MESSAGE);
            // The message may quote the client's own names (shortened); nothing else in it may look like Java.
            String message = e.getMessage();
            for (String name : names(arguments, new java.util.ArrayList<>())) {
                message = message.replace(name, "").replace(ArgumentBinder.shorten(name), "");
            }
            assertThat(message).doesNotContainPattern(JAVA_TERMS);
            return;
        }
        assertThat(values).hasSize(PARAMETERS.size());
        assertThat(values[PARAMETERS.size() - 1]).isSameAs(CALLER);
        Map<String, Object> named = BINDER.byName(values);
        if (arguments != null) {
            // Bound means no argument was unknown.
            arguments.fieldNames().forEachRemaining(name -> assertThat(TYPES).containsKey(name));
        }
        for (String name : NAMES) {
            JsonNode sent = arguments == null ? null : arguments.get(name);
            Object value = named.get(name);
            if (sent == null) {
                assertThat("count").as("the required argument was bound though absent").isNotEqualTo(name);
                absent(name, value);
                continue;
            }
            if (sent.isNull()) {
                assertThat(PRIMITIVES).as("a null primitive argument was bound").doesNotContain(name);
                sentAsNull(name, value);
                continue;
            }
            assertThat(value).as("argument %s from %s", name, sent).isInstanceOf(TYPES.get(name));
            fromJson(name, sent, value);
        }
    }

    private static List<String> names(JsonNode value, List<String> names) {
        if (value != null && value.isContainerNode()) {
            value.fieldNames().forEachRemaining(names::add);
            value.elements().forEachRemaining(element -> names(element, names));
        }
        return names;
    }

    /** The value of an argument the client did not send: its default or its empty value. */
    private static void absent(String name, Object value) {
        switch (name) {
            case "flag" -> assertThat(value).isEqualTo(Boolean.TRUE);
            case "level" -> assertThat(value).isEqualTo(Level.LOW);
            case "ratio" -> assertThat(value).isEqualTo(0.0d);
            case "limit" -> assertThat(value).isEqualTo(Optional.empty());
            default -> assertThat(value).as(name).isNull();
        }
    }

    /**
     * The value of a reference-type argument the client sent as null: its empty value, never its default (a default
     * applies only when the argument is absent, as docs/guide/tools.md says).
     */
    private static void sentAsNull(String name, Object value) {
        if (name.equals("limit")) {
            assertThat(value).isEqualTo(Optional.empty());
        } else {
            assertThat(value).as(name).isNull();
        }
    }

    /** A bound value agrees with the JSON it came from. */
    private static void fromJson(String name, JsonNode sent, Object value) {
        assertThat(sent.isObject() && !name.equals("weights") && !name.equals("point"))
                .as("%s bound from an object %s", name, sent).isFalse();
        switch (name) {
            case "count" -> {
                assertThat(sent.isFloatingPointNumber()).as("a float bound to an int: %s", sent).isFalse();
                if (sent.isIntegralNumber()) {
                    assertThat(sent.canConvertToInt()).as("out of range %s", sent).isTrue();
                    assertThat(value).isEqualTo(sent.intValue());
                }
            }
            case "flag" -> {
                if (sent.isBoolean()) {
                    assertThat(value).isEqualTo(sent.booleanValue());
                }
            }
            case "name" -> {
                if (sent.isTextual()) {
                    assertThat(value).isEqualTo(sent.textValue());
                }
            }
            case "level" -> assertThat(sent.isNumber()).as("an enum bound from a number").isFalse();
            case "tags" -> {
                if (sent.isArray()) {
                    assertThat((List<?>) value).hasSize(sent.size());
                }
            }
            case "limit" -> assertThat(sent.isFloatingPointNumber()).isFalse();
            case "codes" -> {
                if (sent.isArray()) {
                    assertThat((int[]) value).hasSize(sent.size());
                }
            }
            default -> {
            }
        }
    }

    /** A parameter as the build step records it: the canonical form of the method parameter's Jackson type. */
    private static ToolParameter argument(String name, TypeReference<?> generic, Class<?> type, boolean required,
            String defaultJson) {
        JavaType javaType = type == null ? MAPPER.getTypeFactory().constructType(generic)
                : MAPPER.getTypeFactory().constructType(type);
        return new ToolParameter(name, javaType.toCanonical(), required, defaultJson, ParameterSource.ARGUMENT);
    }

    private static ObjectNode parsed(String text) {
        try {
            JsonNode value = MAPPER.readTree(text);
            return value instanceof ObjectNode object ? object : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static ObjectNode structured(FuzzedDataProvider data) {
        ObjectNode arguments = NODES.objectNode();
        int size = data.consumeInt(0, 6);
        for (int i = 0; i < size; i++) {
            String name = data.consumeInt(0, 12) == 0 ? data.consumeString(8) : data.pickValue(NAMES);
            arguments.set(name, value(data, 0));
        }
        return arguments;
    }

    private static JsonNode value(FuzzedDataProvider data, int depth) {
        switch (data.consumeInt(0, depth < 4 ? 11 : 8)) {
            case 0:
                return NODES.nullNode();
            case 1:
                return NODES.booleanNode(data.consumeBoolean());
            case 2:
                return NODES.numberNode(data.consumeInt());
            case 3:
                return NODES.numberNode(data.consumeLong());
            case 4:
                return NODES.numberNode(data.consumeDouble());
            case 5:
                return NODES.numberNode(new BigDecimal(data.consumeLong()).scaleByPowerOfTen(data.consumeInt(-40, 40)));
            case 6:
                return NODES.textNode(data.pickValue(new String[] { "LOW", "HIGH", "2026-12-04", "true", "17",
                        "1e3", "0x10", "00000000-0000-0000-0000-000000000000", "" }));
            case 7:
            case 8:
                return NODES.textNode(data.consumeString(24));
            case 9: {
                ArrayNode array = NODES.arrayNode();
                int size = data.consumeInt(0, 3);
                for (int i = 0; i < size; i++) {
                    array.add(value(data, depth + 1));
                }
                return array;
            }
            default: {
                ObjectNode object = NODES.objectNode();
                int size = data.consumeInt(0, 3);
                for (int i = 0; i < size; i++) {
                    String key = data.pickValue(new String[] { "x", "y", "children", "" });
                    object.set(data.consumeBoolean() ? key : data.consumeString(8), value(data, depth + 1));
                }
                return object;
            }
        }
    }
}
