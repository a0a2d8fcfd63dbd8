package io.mcpwarden.runtime.tools;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;

/**
 * Turns the {@code arguments} object of a {@code tools/call} into the Java arguments of one tool method. Readers and
 * defaults are resolved once, when the binder is created.
 */
public final class ArgumentBinder {

    private static final int MAX_NAME_IN_MESSAGE = 64;

    private final BoundParameter[] parameters;
    private final int[] positions;
    private final int[] callerPositions;
    private final int[] exchangePositions;
    private final int[] inputPositions;
    private final int allArgumentsPosition;
    private final ObjectReader mapReader;
    private final int arity;

    public ArgumentBinder(List<ToolParameter> parameters, ObjectMapper mapper) {
        this.arity = parameters.size();
        List<BoundParameter> arguments = new ArrayList<>();
        List<Integer> argumentPositions = new ArrayList<>();
        List<Integer> callers = new ArrayList<>();
        List<Integer> exchanges = new ArrayList<>();
        List<Integer> inputs = new ArrayList<>();
        int allArguments = -1;
        for (int i = 0; i < parameters.size(); i++) {
            ToolParameter parameter = parameters.get(i);
            if (parameter.source() == ParameterSource.CALLER) {
                callers.add(i);
            } else if (parameter.source() == ParameterSource.EXCHANGE) {
                exchanges.add(i);
            } else if (parameter.source() == ParameterSource.CLIENT_INPUT) {
                inputs.add(i);
            } else if (parameter.source() == ParameterSource.ALL_ARGUMENTS) {
                allArguments = i;
            } else {
                arguments.add(BoundParameter.of(parameter, mapper));
                argumentPositions.add(i);
            }
        }
        this.parameters = arguments.toArray(BoundParameter[]::new);
        this.positions = argumentPositions.stream().mapToInt(Integer::intValue).toArray();
        this.callerPositions = callers.stream().mapToInt(Integer::intValue).toArray();
        this.exchangePositions = exchanges.stream().mapToInt(Integer::intValue).toArray();
        this.inputPositions = inputs.stream().mapToInt(Integer::intValue).toArray();
        this.allArgumentsPosition = allArguments;
        this.mapReader = allArguments < 0 ? null : mapper.readerFor(java.util.Map.class);
    }

    /**
     * Whether the method declares a parameter for the call's exchange with the client (log, progress,
     * cancellation, sampling, elicitation).
     */
    public boolean usesExchange() {
        return exchangePositions.length > 0;
    }

    /**
     * Whether the method declares a {@link io.mcpwarden.ClientInput} parameter (multi-round-trip requests).
     */
    public boolean usesClientInput() {
        return inputPositions.length > 0;
    }

    /**
     * Binds the arguments into the method's parameter order, with the caller where the method asks for it;
     * {@code arguments} may be null when the client sent none.
     *
     * @throws ArgumentException naming the first argument that does not fit
     */
    public Object[] bind(ObjectNode arguments, Caller caller) {
        return bind(arguments, caller, null);
    }

    /**
     * Binds as {@link #bind(ObjectNode, Caller)} does, with {@code exchange} where the method asks for the call's
     * exchange with the client.
     */
    public Object[] bind(ObjectNode arguments, Caller caller, Object exchange) {
        return bind(arguments, caller, exchange, null);
    }

    /**
     * Binds as {@link #bind(ObjectNode, Caller, Object)} does, with {@code input} where the method asks for the
     * client's input of this round.
     */
    public Object[] bind(ObjectNode arguments, Caller caller, Object exchange, Object input) {
        if (arguments != null && allArgumentsPosition < 0) {
            rejectUnknown(arguments);
        }
        Object[] values = new Object[arity];
        if (allArgumentsPosition >= 0) {
            try {
                values[allArgumentsPosition] = arguments == null ? java.util.Map.of() : mapReader.readValue(arguments);
            } catch (IOException e) {
                throw new ArgumentException("The arguments are not a JSON object");
            }
        }
        for (int i = 0; i < parameters.length; i++) {
            BoundParameter parameter = parameters[i];
            JsonNode value = arguments == null ? null : arguments.get(parameter.name);
            values[positions[i]] = parameter.bind(value);
        }
        for (int position : callerPositions) {
            values[position] = caller;
        }
        for (int position : exchangePositions) {
            values[position] = exchange;
        }
        for (int position : inputPositions) {
            values[position] = input;
        }
        return values;
    }

    /**
     * The bound arguments by name (without the caller), for argument-aware authorization.
     */
    public Map<String, Object> byName(Object[] values) {
        Map<String, Object> named = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i++) {
            named.put(parameters[i].name, values[positions[i]]);
        }
        return named;
    }

    private void rejectUnknown(ObjectNode arguments) {
        Iterator<String> names = arguments.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!isParameter(name)) {
                throw new ArgumentException("Unknown argument '" + shorten(name) + "'. Accepted arguments: "
                        + acceptedNames());
            }
        }
    }

    private boolean isParameter(String name) {
        for (BoundParameter parameter : parameters) {
            if (parameter.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    private String acceptedNames() {
        if (parameters.length == 0) {
            return "none";
        }
        List<String> names = new ArrayList<>(parameters.length);
        for (BoundParameter parameter : parameters) {
            names.add(parameter.name);
        }
        return String.join(", ", names);
    }

    static String shorten(String text) {
        return text.length() <= MAX_NAME_IN_MESSAGE ? text : text.substring(0, MAX_NAME_IN_MESSAGE) + "...";
    }

    private record BoundParameter(String name, JavaType type, ObjectReader reader, boolean required,
            JsonNode defaultValue, Object absentValue) {

        static BoundParameter of(ToolParameter parameter, ObjectMapper mapper) {
            JavaType type = resolve(parameter.javaType(), mapper);
            ObjectReader reader = mapper.readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
            JsonNode defaultValue = null;
            Object absentValue;
            try {
                if (parameter.defaultJson() != null) {
                    defaultValue = mapper.readTree(parameter.defaultJson());
                }
                absentValue = mapper.readerFor(type)
                        .without(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                        .readValue(NullNode.getInstance());
            } catch (IOException e) {
                throw new IllegalStateException("Cannot prepare tool argument '" + parameter.name() + "'", e);
            }
            return new BoundParameter(parameter.name(), type, reader, parameter.required(), defaultValue, absentValue);
        }

        /**
         * The canonical form loses the "reference type" nature of {@code Optional<T>} (it parses back as a plain
         * generic class), which would bind the content as a raw JSON value; restore it.
         */
        private static JavaType resolve(String canonical, ObjectMapper mapper) {
            JavaType type = mapper.getTypeFactory().constructFromCanonical(canonical);
            if (type.getRawClass() == Optional.class && !type.isReferenceType()) {
                return mapper.getTypeFactory().constructReferenceType(Optional.class, type.containedTypeOrUnknown(0));
            }
            return type;
        }

        Object bind(JsonNode value) {
            if (value == null) {
                if (defaultValue != null) {
                    value = defaultValue;
                } else if (required) {
                    throw new ArgumentException("Missing required argument '" + name + "'");
                } else {
                    return absentValue;
                }
            }
            if (value.isNull()) {
                if (type.isPrimitive()) {
                    throw new ArgumentException("Invalid argument '" + name + "': must not be null");
                }
                return absentValue;
            }
            Object bound;
            try {
                bound = reader.readValue(value);
            } catch (IOException | RuntimeException e) {
                // RuntimeException too: deserializers throw more than Jackson's own exceptions (a java.time
                // DateTimeException for an out-of-range epoch day, an ArithmeticException for a huge scale, ...).
                throw new ArgumentException(BindingErrors.describe(name, e));
            }
            if (bound == null) {
                // Jackson turns an empty string into null for scalar types (UUID, dates, enums, numbers): a value
                // the client did send must bind to a value, or be refused, never silently become "absent".
                throw new ArgumentException("Invalid argument '" + name + "': " + describe(value) + " is not a value"
                        + " of this argument's type");
            }
            return bound;
        }

        private static String describe(JsonNode value) {
            return value.isTextual() && value.textValue().isEmpty() ? "an empty string" : "this JSON value";
        }
    }

}
