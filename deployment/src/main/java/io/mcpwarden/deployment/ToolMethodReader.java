package io.mcpwarden.deployment;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;
import org.jboss.jandex.Type;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.mcpwarden.TaskSupport;
import io.mcpwarden.ToolArg;
import io.mcpwarden.deployment.schema.ArgumentSchemaSpec;
import io.mcpwarden.deployment.schema.ToolSchemaGenerator;
import io.mcpwarden.runtime.tools.ParameterSource;
import io.mcpwarden.runtime.tools.ToolHints;
import io.mcpwarden.runtime.tools.ToolMetadata;
import io.mcpwarden.runtime.tools.ToolParameter;
import io.quarkus.arc.processor.AnnotationStore;

/**
 * Reads one {@code @Tool} method into {@link ToolMetadata}, collecting every rule it breaks instead of stopping at the
 * first. Schemas are rendered here, at build time, from the loaded parameter types.
 */
final class ToolMethodReader {

    private static final Pattern TOOL_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");
    private static final Pattern ARGUMENT_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    /** RFC 9110 {@code token}: the characters an HTTP field name may use. */
    private static final Pattern HEADER_TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final java.util.Set<String> HEADER_TYPES = java.util.Set.of("java.lang.String", "boolean",
            "java.lang.Boolean", "byte", "java.lang.Byte", "short", "java.lang.Short", "int", "java.lang.Integer",
            "long", "java.lang.Long");

    private final IndexView index;
    private final AnnotationStore annotations;
    private final ToolSchemaGenerator schemas;
    // The modules Quarkus registers on its ObjectMapper, so that defaults of java.time and Optional types are read.
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new Jdk8Module())
            .registerModule(new JavaTimeModule());

    ToolMethodReader(IndexView index, AnnotationStore annotations, ToolSchemaGenerator schemas) {
        this.index = index;
        this.annotations = annotations;
        this.schemas = schemas;
    }

    static String describe(MethodInfo method) {
        return method.declaringClass().name() + "#" + method.name() + "()";
    }

    static String toolName(AnnotationInstance tool, MethodInfo method) {
        AnnotationValue name = tool.value("name");
        return name == null || name.asString().isEmpty() ? method.name() : name.asString();
    }

    /**
     * Reads the method; returns null and adds to {@code errors} when it breaks a rule.
     */
    ToolMetadata read(MethodInfo method, AnnotationInstance tool, List<String> errors) {
        String where = describe(method);
        int errorsBefore = errors.size();
        if (java.lang.reflect.Modifier.isPrivate(method.flags())) {
            errors.add("@Tool method must not be private: " + where);
        }
        if (java.lang.reflect.Modifier.isStatic(method.flags())) {
            errors.add("@Tool method must not be static: " + where);
        }
        String name = toolName(tool, method);
        if (!TOOL_NAME.matcher(name).matches()) {
            errors.add("@Tool name '" + name + "' is invalid: use 1 to 128 characters from A-Z a-z 0-9 _ - . : "
                    + where);
        }
        ToolTypes.ReturnShape shape = ToolTypes.classifyReturn(method.returnType(), index);
        if (shape == null) {
            errors.add("@Tool method has an unsupported return type " + method.returnType()
                    + " (see the @Tool javadoc for the accepted types): " + where);
        }
        int errorsBeforeParameters = errors.size();
        List<ParameterFacts> parameters = readParameters(method, where, errors);
        if (errors.size() > errorsBeforeParameters) {
            return null;
        }
        // The parameter types are sound, so defaults can be checked too: every problem of the method is reported
        // in one build, not one build per problem.
        Method reflective = ReflectiveMethods.find(method);
        List<ArgumentSchemaSpec> specs = new ArrayList<>();
        List<ToolParameter> toolParameters = new ArrayList<>();
        Parameter[] reflectiveParameters = reflective.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            ParameterFacts facts = parameters.get(i);
            java.lang.reflect.Type type = reflective.getGenericParameterTypes()[i];
            JavaType javaType = mapper.getTypeFactory().constructType(type);
            if (facts.source != ParameterSource.ARGUMENT) {
                toolParameters.add(new ToolParameter(facts.name, javaType.toCanonical(), false, null, facts.source));
                continue;
            }
            JsonNode defaultValue = defaultValue(facts, javaType, where, errors);
            specs.add(new ArgumentSchemaSpec(facts.name, type, reflectiveParameters[i].getAnnotations(),
                    facts.description, facts.required, defaultValue, facts.header));
            toolParameters.add(new ToolParameter(facts.name, javaType.toCanonical(), facts.required,
                    defaultValue == null ? null : defaultValue.toString(), ParameterSource.ARGUMENT));
        }
        if (errors.size() > errorsBefore) {
            return null;
        }
        String outputSchema = null;
        if (shape.kind() == io.mcpwarden.runtime.tools.ResultKind.STRUCTURED) {
            java.lang.reflect.Type resultType = shape.async()
                    ? ((java.lang.reflect.ParameterizedType) reflective.getGenericReturnType())
                            .getActualTypeArguments()[0]
                    : reflective.getGenericReturnType();
            outputSchema = schemas.outputSchema(resultType);
        }
        TaskSupport tasks = tool.value("tasks") == null ? TaskSupport.NONE
                : TaskSupport.valueOf(tool.value("tasks").asEnum());
        ToolMetadata metadata = new ToolMetadata(name, stringValue(tool, "title"), stringValue(tool, "description"),
                hints(tool), schemas.inputSchema(specs), outputSchema, toolParameters, shape.kind(), shape.async(),
                ExecutionModels.of(annotations, method, shape.async()), where,
                Decorations.read(annotations, method, "@Tool", where, errors), tasks);
        if (metadata.beginsTaskItself() && tasks == TaskSupport.NONE) {
            errors.add("@Tool method declares a TaskStart parameter but does not run as a task: set @Tool(tasks = "
                    + "TaskSupport.OPTIONAL) or TaskSupport.REQUIRED, or remove the parameter: " + where);
            return null;
        }
        return metadata;
    }

    private List<ParameterFacts> readParameters(MethodInfo method, String where, List<String> errors) {
        List<ParameterFacts> result = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        List<String> headers = new ArrayList<>();
        for (MethodParameterInfo parameter : method.parameters()) {
            Type type = parameter.type();
            AnnotationInstance toolArg = annotations.getAnnotations(method).stream()
                    .filter(a -> a.name().equals(DotNames.TOOL_ARG) && a.target() != null
                            && a.target().kind() == org.jboss.jandex.AnnotationTarget.Kind.METHOD_PARAMETER
                            && a.target().asMethodParameter().position() == parameter.position())
                    .findFirst().orElse(null);
            if (type.name().equals(DotNames.CALLER)) {
                if (toolArg != null) {
                    errors.add("@ToolArg cannot annotate the Caller parameter, which is not a tool argument: " + where);
                }
                result.add(new ParameterFacts(parameter.name() == null ? "caller" : parameter.name(), null, false,
                        null, ParameterSource.CALLER, false, null));
                continue;
            }
            if (type.name().equals(DotNames.CLIENT_INPUT)) {
                if (toolArg != null) {
                    errors.add("@ToolArg cannot annotate the ClientInput parameter, which is supplied by the server: "
                            + where);
                }
                result.add(new ParameterFacts(parameter.name() == null ? "input" + parameter.position()
                        : parameter.name(), null, false, null, ParameterSource.CLIENT_INPUT, false, null));
                continue;
            }
            if (DotNames.EXCHANGE_TYPES.contains(type.name())) {
                if (toolArg != null) {
                    errors.add("@ToolArg cannot annotate the " + type.name().withoutPackagePrefix()
                            + " parameter, which is supplied by the server: " + where);
                }
                result.add(new ParameterFacts(parameter.name() == null ? "exchange" + parameter.position()
                        : parameter.name(), null, false, null, ParameterSource.EXCHANGE, false, null));
                continue;
            }
            String name = toolArg == null ? null : stringValue(toolArg, "name");
            if (name == null) {
                name = parameter.name();
            }
            if (name == null) {
                errors.add("@Tool method parameter " + parameter.position()
                        + " has no name: compile with -parameters or set @ToolArg(name = ...): " + where);
                continue;
            }
            Type unsupported = ToolTypes.unsupportedPartOfParameter(type, index);
            if (unsupported != null) {
                errors.add("@Tool method has an unsupported parameter type " + type + " for parameter '" + name
                        + "'" + (unsupported == type ? "" : ", because it contains " + unsupported)
                        + " (see the @Tool javadoc for the accepted types): " + where);
                continue;
            }
            if (!ARGUMENT_NAME.matcher(name).matches()) {
                errors.add("@ToolArg name '" + name + "' is invalid: use 1 to 64 characters from A-Z a-z 0-9 _ - . : "
                        + where);
                continue;
            }
            if (seen.contains(name)) {
                errors.add("@Tool method declares the argument '" + name + "' twice: " + where);
                continue;
            }
            seen.add(name);
            boolean optionalType = type.name().toString().equals("java.util.Optional");
            String defaultValue = toolArg == null || toolArg.value("defaultValue") == null
                    || ToolArg.NO_DEFAULT.equals(toolArg.value("defaultValue").asString()) ? null
                            : toolArg.value("defaultValue").asString();
            boolean requiredFlag = toolArg == null || toolArg.value("required") == null
                    || toolArg.value("required").asBoolean();
            boolean required = requiredFlag && !optionalType && defaultValue == null;
            String header = toolArg == null ? null : stringValue(toolArg, "header");
            if (header != null && !headerAllowed(name, header, type, headers, where, errors)) {
                continue;
            }
            result.add(new ParameterFacts(name, toolArg == null ? null : stringValue(toolArg, "description"),
                    required, defaultValue, ParameterSource.ARGUMENT, type.name().toString().equals("java.lang.String"),
                    header));
        }
        return result;
    }

    /**
     * Whether {@code @ToolArg(header = ...)} keeps the rules of {@code x-mcp-header}: an HTTP token (RFC 9110), unique
     * ignoring case within the tool, on a string, boolean or integer parameter (never {@code number}, whose text
     * forms a client and server could disagree on).
     */
    private static boolean headerAllowed(String argument, String header, Type type, List<String> headers,
            String where, List<String> errors) {
        if (!HEADER_TOKEN.matcher(header).matches()) {
            errors.add("@ToolArg header '" + header + "' of '" + argument + "' is not an HTTP header name (letters,"
                    + " digits and !#$%&'*+-.^_`|~): " + where);
            return false;
        }
        String lower = header.toLowerCase(java.util.Locale.ROOT);
        if (headers.contains(lower)) {
            errors.add("@ToolArg header '" + header + "' of '" + argument
                    + "' is declared twice (header names ignore case): " + where);
            return false;
        }
        headers.add(lower);
        if (!HEADER_TYPES.contains(type.name().toString())) {
            errors.add("@ToolArg header on '" + argument + "' needs a String, boolean or integer (byte, short, int,"
                    + " long) parameter, not " + type + ": " + where);
            return false;
        }
        return true;
    }

    private JsonNode defaultValue(ParameterFacts facts, JavaType type, String where, List<String> errors) {
        if (facts.defaultValue == null) {
            return null;
        }
        JsonNode value = facts.isString ? TextNode.valueOf(facts.defaultValue) : literal(facts.defaultValue);
        try {
            // Read as the runtime binder reads arguments, so that a default accepted here binds at run time.
            mapper.readerFor(type)
                    .with(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                            DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .readValue(value);
            return value;
        } catch (java.io.IOException | IllegalArgumentException e) {
            errors.add("@ToolArg default value of '" + facts.name + "' is not a valid JSON value of its type: "
                    + where);
            return null;
        }
    }

    /**
     * A JSON literal, or a bare word ({@code PENDING}, {@code 2025-01-01}) taken as a JSON string: that is how
     * people write defaults of enums and date types.
     */
    private JsonNode literal(String text) {
        try {
            JsonNode value = mapper.readTree(text);
            if (value != null && !value.isMissingNode()) {
                return value;
            }
        } catch (JsonProcessingException e) {
            // not JSON: a bare word
        }
        return TextNode.valueOf(text);
    }

    private static ToolHints hints(AnnotationInstance tool) {
        return new ToolHints(booleanValue(tool, "readOnlyHint", false), booleanValue(tool, "destructiveHint", true),
                booleanValue(tool, "idempotentHint", false), booleanValue(tool, "openWorldHint", true));
    }

    private static boolean booleanValue(AnnotationInstance annotation, String name, boolean defaultValue) {
        AnnotationValue value = annotation.value(name);
        return value == null ? defaultValue : value.asBoolean();
    }

    private static String stringValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }

    private record ParameterFacts(String name, String description, boolean required, String defaultValue,
            ParameterSource source,
            boolean isString, String header) {
    }
}
