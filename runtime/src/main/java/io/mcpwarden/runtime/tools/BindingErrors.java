package io.mcpwarden.runtime.tools;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;

/**
 * Writes the message for an argument Jackson could not bind, in JSON terms ("expected an integer") rather than Java
 * terms, so that a model can fix its call and no class name reaches the client.
 */
final class BindingErrors {

    private BindingErrors() {
    }

    static String describe(String argument, Exception failure) {
        if (failure instanceof PropertyBindingException unknown) {
            // The path ends with the unknown property itself: name the object that holds it.
            return "Invalid argument '" + argument + pathOf(failure, 1) + "': unknown property '"
                    + ArgumentBinder.shorten(String.valueOf(unknown.getPropertyName())) + "'";
        }
        String where = "'" + argument + pathOf(failure, 0) + "'";
        if (failure instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            if (mismatch.getTargetType().isPrimitive() && String.valueOf(mismatch.getOriginalMessage())
                    .startsWith(NULL_FOR_PRIMITIVE)) {
                return "Invalid argument " + where + ": must not be null or missing";
            }
            return "Invalid argument " + where + ": expected " + expected(mismatch.getTargetType());
        }
        return "Invalid argument " + where + ": the value does not match the argument's schema";
    }

    // Jackson's message when FAIL_ON_NULL_FOR_PRIMITIVES rejects a null or an absent creator property; the exception
    // type alone does not tell it apart from a value of the wrong type.
    private static final String NULL_FOR_PRIMITIVE = "Cannot map `null` into type";

    private static String pathOf(Exception failure, int dropLast) {
        if (!(failure instanceof JsonMappingException mapping)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        List<JsonMappingException.Reference> references = mapping.getPath();
        references = references.subList(0, Math.max(0, references.size() - dropLast));
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                path.append('.').append(ArgumentBinder.shorten(reference.getFieldName()));
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    static String expected(Class<?> type) {
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (Temporal.class.isAssignableFrom(type) || TemporalAmount.class.isAssignableFrom(type)) {
            return "a string in ISO-8601 format";
        }
        if (type == String.class || type == char.class || type == Character.class || type == UUID.class) {
            return type == UUID.class ? "a UUID string" : "a string";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object";
    }
}
