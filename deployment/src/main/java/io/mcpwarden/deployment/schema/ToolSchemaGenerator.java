package io.mcpwarden.deployment.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.Pattern;

import com.fasterxml.classmate.ResolvedType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerationContext;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;

/**
 * Renders the input and output JSON Schemas (draft 2020-12) of tools at build time, with victools
 * jsonschema-generator, its Jackson module (property names as Jackson writes them) and its Jakarta Validation module
 * (constraints on nested types).
 */
public final class ToolSchemaGenerator {

    private final ObjectMapper mapper = new ObjectMapper();
    private final SchemaGenerator generator;

    public ToolSchemaGenerator() {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(mapper, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED))
                .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.FLATTENED_OPTIONALS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES, Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        config.forTypesInGeneral().withCustomDefinitionProvider(ToolSchemaGenerator::smallIntegers);
        // Instead of the module's INCLUDE_PATTERN_EXPRESSIONS, which copies @Pattern unanchored.
        config.forFields().withStringPatternResolver(ToolSchemaGenerator::fullMatchPattern);
        this.generator = new SchemaGenerator(config.build());
    }

    /**
     * The schema of a tool's {@code arguments} object: one property per argument, unknown properties forbidden.
     */
    public String inputSchema(List<ArgumentSchemaSpec> arguments) {
        SchemaBuilder builder = generator.buildMultipleSchemaDefinitions();
        List<ObjectNode> references = new ArrayList<>(arguments.size());
        for (ArgumentSchemaSpec argument : arguments) {
            references.add(builder.createSchemaReference(valueType(argument.type())));
        }
        ObjectNode definitions = builder.collectDefinitions("$defs");

        ObjectNode schema = mapper.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = mapper.createArrayNode();
        for (int i = 0; i < arguments.size(); i++) {
            ArgumentSchemaSpec argument = arguments.get(i);
            ObjectNode property = references.get(i);
            if (argument.description() != null) {
                property.put("description", argument.description());
            }
            ParameterConstraints.apply(property, rawClass(valueType(argument.type())), argument.annotations());
            if (argument.defaultValue() != null) {
                property.set("default", argument.defaultValue());
            }
            if (argument.header() != null) {
                property.put("x-mcp-header", argument.header());
            }
            properties.set(argument.name(), property);
            if (argument.required()) {
                required.add(argument.name());
            }
        }
        if (!required.isEmpty()) {
            schema.set("required", required);
        }
        schema.put("additionalProperties", false);
        if (definitions != null && !definitions.isEmpty()) {
            schema.set("$defs", definitions);
        }
        return write(schema);
    }

    /**
     * The schema of a tool's {@code structuredContent}, generated from the method's result type.
     */
    public String outputSchema(Type resultType) {
        return write(generator.generateSchema(resultType));
    }

    private String write(ObjectNode schema) {
        try {
            return mapper.writeValueAsString(schema);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a generated schema", e);
        }
    }

    /**
     * Jackson reads {@code byte} and {@code short} from JSON integers in their range; the generator alone would describe
     * {@code byte} as a string.
     */
    private static CustomDefinition smallIntegers(ResolvedType type, SchemaGenerationContext context) {
        Class<?> erased = type.getErasedType();
        long minimum;
        long maximum;
        if (erased == byte.class || erased == Byte.class) {
            minimum = Byte.MIN_VALUE;
            maximum = Byte.MAX_VALUE;
        } else if (erased == short.class || erased == Short.class) {
            minimum = Short.MIN_VALUE;
            maximum = Short.MAX_VALUE;
        } else {
            return null;
        }
        ObjectNode schema = context.getGeneratorConfig().createObjectNode();
        schema.put("type", "integer").put("minimum", minimum).put("maximum", maximum);
        return new CustomDefinition(schema, true);
    }

    private static String fullMatchPattern(FieldScope field) {
        if (!field.getType().isInstanceOf(CharSequence.class)) {
            return null;
        }
        Pattern pattern = field.isFakeContainerItemScope()
                ? field.getContainerItemAnnotationConsideringFieldAndGetterIfSupported(Pattern.class)
                : field.getAnnotationConsideringFieldAndGetterIfSupported(Pattern.class);
        return pattern == null ? null : ParameterConstraints.fullMatch(pattern.regexp());
    }

    /**
     * An {@code Optional<T>} argument is a {@code T} that may be absent: absence is expressed by leaving it out of
     * {@code required}, so its schema is that of {@code T}. (The generator flattens optional fields, not top-level
     * types.)
     */
    private static Type valueType(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            return p.getActualTypeArguments()[0];
        }
        return type;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return Object.class;
    }
}
