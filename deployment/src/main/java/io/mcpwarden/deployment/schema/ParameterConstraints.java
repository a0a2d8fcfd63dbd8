package io.mcpwarden.deployment.schema;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Reflects Bean Validation constraints declared on a method parameter in that argument's schema. (The schema
 * generator reads constraints on fields of nested types itself; it does not see method parameters.)
 */
final class ParameterConstraints {

    private ParameterConstraints() {
    }

    static void apply(ObjectNode schema, Class<?> rawType, Annotation[] annotations) {
        Shape shape = Shape.of(rawType);
        for (Annotation annotation : annotations) {
            if (annotation instanceof NotBlank && shape == Shape.STRING) {
                minimumSize(schema, shape, 1);
                // "Contains a non-blank character"; a @Pattern on the same parameter takes precedence.
                if (!schema.has("pattern")) {
                    schema.put("pattern", "\\S");
                }
            } else if (annotation instanceof NotEmpty) {
                minimumSize(schema, shape, 1);
            } else if (annotation instanceof Size size) {
                if (size.min() > 0) {
                    minimumSize(schema, shape, size.min());
                }
                if (size.max() < Integer.MAX_VALUE) {
                    maximumSize(schema, shape, size.max());
                }
            } else if (annotation instanceof Pattern pattern && shape == Shape.STRING) {
                schema.put("pattern", fullMatch(pattern.regexp()));
            } else if (annotation instanceof Email && shape == Shape.STRING) {
                schema.put("format", "email");
            } else if (shape == Shape.NUMBER) {
                applyNumeric(schema, annotation);
            }
        }
    }

    private static void applyNumeric(ObjectNode schema, Annotation annotation) {
        if (annotation instanceof Min min) {
            schema.put("minimum", min.value());
        } else if (annotation instanceof Max max) {
            schema.put("maximum", max.value());
        } else if (annotation instanceof DecimalMin min) {
            schema.put(min.inclusive() ? "minimum" : "exclusiveMinimum", new BigDecimal(min.value()));
        } else if (annotation instanceof DecimalMax max) {
            schema.put(max.inclusive() ? "maximum" : "exclusiveMaximum", new BigDecimal(max.value()));
        } else if (annotation instanceof Positive) {
            schema.put("exclusiveMinimum", 0);
        } else if (annotation instanceof PositiveOrZero) {
            schema.put("minimum", 0);
        } else if (annotation instanceof Negative) {
            schema.put("exclusiveMaximum", 0);
        } else if (annotation instanceof NegativeOrZero) {
            schema.put("maximum", 0);
        }
    }

    /**
     * A JSON Schema {@code pattern} matches anywhere in the string (ECMA-262 search), a Bean Validation
     * {@code @Pattern} must match the whole string: anchoring keeps the schema from accepting what validation rejects.
     */
    static String fullMatch(String regexp) {
        return "^(?:" + regexp + ")$";
    }

    // Several constraints may bound the same size (@NotBlank and @Size(min = 3)): the strictest bound wins.
    private static void minimumSize(ObjectNode schema, Shape shape, int value) {
        String keyword = switch (shape) {
            case STRING -> "minLength";
            case ARRAY -> "minItems";
            case OBJECT -> "minProperties";
            default -> null;
        };
        if (keyword != null && (!schema.has(keyword) || schema.get(keyword).asInt() < value)) {
            schema.put(keyword, value);
        }
    }

    private static void maximumSize(ObjectNode schema, Shape shape, int value) {
        String keyword = switch (shape) {
            case STRING -> "maxLength";
            case ARRAY -> "maxItems";
            case OBJECT -> "maxProperties";
            default -> null;
        };
        if (keyword != null && (!schema.has(keyword) || schema.get(keyword).asInt() > value)) {
            schema.put(keyword, value);
        }
    }

    private enum Shape {
        STRING,
        NUMBER,
        ARRAY,
        OBJECT,
        OTHER;

        static Shape of(Class<?> type) {
            if (type == String.class || type == CharSequence.class) {
                return STRING;
            }
            if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class
                    && type != char.class)) {
                return NUMBER;
            }
            if (type.isArray() || Collection.class.isAssignableFrom(type)) {
                return ARRAY;
            }
            if (Map.class.isAssignableFrom(type)) {
                return OBJECT;
            }
            return OTHER;
        }
    }
}
