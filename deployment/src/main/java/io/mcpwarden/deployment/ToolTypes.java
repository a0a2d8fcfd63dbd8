package io.mcpwarden.deployment;

import java.lang.reflect.Modifier;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.FieldInfo;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.RecordComponentInfo;
import org.jboss.jandex.Type;

import io.mcpwarden.runtime.tools.ResultKind;

/**
 * The parameter and return types a {@code @Tool} method may use, as listed in the {@code @Tool} javadoc.
 */
final class ToolTypes {

    private static final Set<String> SCALARS = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Character",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigDecimal", "java.math.BigInteger", "java.util.UUID", "java.net.URI",
            "java.time.Instant", "java.time.LocalDate", "java.time.LocalDateTime", "java.time.LocalTime",
            "java.time.OffsetDateTime", "java.time.OffsetTime", "java.time.ZonedDateTime", "java.time.Duration",
            "java.time.Period", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay",
            "java.time.DayOfWeek", "java.time.Month");
    private static final Set<String> TEXT_RESULTS = Set.of("java.lang.String", "java.lang.Boolean",
            "java.lang.Character", "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long",
            "java.lang.Float", "java.lang.Double");
    private static final Set<String> COLLECTIONS = Set.of("java.util.List", "java.util.Set", "java.util.Collection");
    private static final String OPTIONAL = "java.util.Optional";
    private static final String MAP = "java.util.Map";

    private ToolTypes() {
    }

    /**
     * The part of a parameter type that cannot be bound from JSON or described by a schema (the type itself, or a
     * type it contains, such as the type of a record component), or null when the whole type is supported.
     */
    static Type unsupportedPartOfParameter(Type type, IndexView index) {
        return unsupportedPart(type, index, true, new HashSet<>());
    }

    private static Type unsupportedPart(Type type, IndexView index, boolean topLevel, Set<DotName> visiting) {
        switch (type.kind()) {
            case PRIMITIVE:
                return null;
            case ARRAY:
                Type component = type.asArrayType().constituent();
                return component.kind() == Type.Kind.PARAMETERIZED_TYPE ? type
                        : unsupportedPart(component, index, false, visiting);
            case CLASS:
                return unsupportedClass(type, index, visiting);
            case PARAMETERIZED_TYPE:
                String raw = type.name().toString();
                List<Type> arguments = type.asParameterizedType().arguments();
                if (COLLECTIONS.contains(raw)) {
                    return unsupportedPart(arguments.get(0), index, false, visiting);
                }
                if (OPTIONAL.equals(raw) && topLevel) {
                    return unsupportedPart(arguments.get(0), index, false, visiting);
                }
                if (MAP.equals(raw) && arguments.get(0).name().toString().equals("java.lang.String")) {
                    return unsupportedPart(arguments.get(1), index, false, visiting);
                }
                return type;
            default:
                return type;
        }
    }

    private static Type unsupportedClass(Type type, IndexView index, Set<DotName> visiting) {
        DotName name = type.name();
        if (SCALARS.contains(name.toString())) {
            return null;
        }
        // Other JDK classes (Object, Thread, raw collections, ...) have no meaningful JSON form.
        if (isJdkClass(name)) {
            return type;
        }
        ClassInfo info = index.getClassByName(name);
        if (info == null || info.isInterface() || info.isAbstract() || !info.typeParameters().isEmpty()) {
            return type;
        }
        if (info.isEnum() || !visiting.add(name)) {
            return null;
        }
        if (info.isRecord()) {
            for (RecordComponentInfo component : info.recordComponents()) {
                Type unsupported = unsupportedPart(component.type(), index, false, visiting);
                if (unsupported != null) {
                    return unsupported;
                }
            }
            return null;
        }
        MethodInfo noArgs = info.method("<init>");
        if (noArgs == null && info.constructors().stream().noneMatch(c -> c.hasDeclaredAnnotation(JSON_CREATOR))) {
            return type;
        }
        for (FieldInfo field : info.fields()) {
            if (Modifier.isStatic(field.flags()) || Modifier.isTransient(field.flags())
                    || field.hasDeclaredAnnotation(JSON_IGNORE)) {
                continue;
            }
            Type unsupported = unsupportedPart(field.type(), index, false, visiting);
            if (unsupported != null) {
                return unsupported;
            }
        }
        return null;
    }

    private static boolean isJdkClass(DotName name) {
        String text = name.toString();
        return text.startsWith("java.") || text.startsWith("javax.") || text.startsWith("jdk.")
                || text.startsWith("sun.") || text.startsWith("com.sun.");
    }

    private static final DotName JSON_IGNORE = DotName.createSimple("com.fasterxml.jackson.annotation.JsonIgnore");
    private static final DotName JSON_CREATOR = DotName.createSimple("com.fasterxml.jackson.annotation.JsonCreator");

    /**
     * How a return type becomes a result, or null when it is not supported.
     *
     * @param kind the result kind
     * @param async whether the method completes later ({@code Uni} or {@code CompletionStage})
     * @param payload the type of the produced value ({@code T} of {@code Uni<T>}), or null for {@code void}
     */
    record ReturnShape(ResultKind kind, boolean async, Type payload) {
    }

    static ReturnShape classifyReturn(Type type, IndexView index) {
        if (type.kind() == Type.Kind.VOID) {
            return new ReturnShape(ResultKind.VOID, false, null);
        }
        DotName name = type.name();
        if (DotNames.isAsync(type)) {
            if (type.kind() != Type.Kind.PARAMETERIZED_TYPE) {
                return null;
            }
            Type payload = type.asParameterizedType().arguments().get(0);
            if (payload.name().equals(DotNames.VOID)) {
                return new ReturnShape(ResultKind.VOID, true, null);
            }
            ResultKind kind = classifyValue(payload, index);
            return kind == null ? null : new ReturnShape(kind, true, payload);
        }
        ResultKind kind = classifyValue(type, index);
        return kind == null ? null : new ReturnShape(kind, false, type);
    }

    private static ResultKind classifyValue(Type type, IndexView index) {
        DotName name = type.name();
        if (type.kind() == Type.Kind.PRIMITIVE || (type.kind() == Type.Kind.CLASS
                && TEXT_RESULTS.contains(name.toString()))) {
            return ResultKind.TEXT;
        }
        if (name.equals(DotNames.TOOL_RESULT)) {
            return ResultKind.TOOL_RESULT;
        }
        if (DotNames.CONTENT_TYPES.contains(name)) {
            return ResultKind.CONTENT;
        }
        if (name.equals(DotNames.LIST) && type.kind() == Type.Kind.PARAMETERIZED_TYPE) {
            Type element = type.asParameterizedType().arguments().get(0);
            if (element.kind() == Type.Kind.WILDCARD_TYPE) {
                element = element.asWildcardType().extendsBound();
            }
            return DotNames.CONTENT_TYPES.contains(element.name()) ? ResultKind.CONTENT_LIST : null;
        }
        if (type.kind() == Type.Kind.CLASS && !isJdkClass(name)) {
            ClassInfo info = index.getClassByName(name);
            if (info != null && !info.isInterface() && !info.isEnum() && info.typeParameters().isEmpty()) {
                return ResultKind.STRUCTURED;
            }
        }
        return null;
    }
}
