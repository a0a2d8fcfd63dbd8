package io.mcpwarden.deployment;

import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;

import io.mcpwarden.runtime.resources.ResourceMetadata;
import io.mcpwarden.runtime.resources.ResourceParameter;
import io.mcpwarden.runtime.resources.UriTemplate;
import io.quarkus.arc.processor.AnnotationStore;

/**
 * Reads one {@code @Resource} or {@code @ResourceTemplate} method into {@link ResourceMetadata}, collecting every rule
 * it breaks instead of stopping at the first.
 */
final class ResourceMethodReader {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.\\-]*:.*", Pattern.DOTALL);

    private final AnnotationStore annotations;

    ResourceMethodReader(AnnotationStore annotations) {
        this.annotations = annotations;
    }

    /**
     * {@code @Resource} or {@code @ResourceTemplate}, for messages.
     */
    static String annotationName(AnnotationInstance annotation) {
        return "@" + annotation.name().withoutPackagePrefix();
    }

    static boolean isTemplate(AnnotationInstance annotation) {
        return annotation.name().equals(ResourceTypes.RESOURCE_TEMPLATE);
    }

    /**
     * The URI of a {@code @Resource}, or the URI template of a {@code @ResourceTemplate}.
     */
    static String uri(AnnotationInstance annotation) {
        return annotation.value(isTemplate(annotation) ? "uriTemplate" : "uri").asString();
    }

    /**
     * Reads the method; returns null and adds to {@code errors} when it breaks a rule.
     */
    ResourceMetadata read(MethodInfo method, AnnotationInstance annotation, List<String> errors) {
        String where = ToolMethodReader.describe(method);
        String kind = annotationName(annotation);
        int errorsBefore = errors.size();
        if (Modifier.isPrivate(method.flags())) {
            errors.add(kind + " method must not be private: " + where);
        }
        if (Modifier.isStatic(method.flags())) {
            errors.add(kind + " method must not be static: " + where);
        }
        boolean template = isTemplate(annotation);
        String uri = uri(annotation);
        List<String> variables = template ? templateVariables(uri, where, errors) : fixedUri(uri, where, errors);
        ResourceTypes.ReturnShape shape = ResourceTypes.classifyReturn(method.returnType());
        if (shape == null) {
            errors.add(kind + " method has an unsupported return type " + method.returnType()
                    + " (accepted: String, byte[], ResourceContents, List<ResourceContents>, or a Uni or "
                    + "CompletionStage of one of them): " + where);
        }
        List<ResourceParameter> parameters = variables == null ? null
                : parameters(method, kind, template, variables, where, errors);
        if (errors.size() > errorsBefore) {
            return null;
        }
        String name = stringValue(annotation, "name");
        return new ResourceMetadata(uri, template, name == null ? method.name() : name,
                stringValue(annotation, "title"), stringValue(annotation, "description"),
                stringValue(annotation, "mimeType"), parameters, shape.kind(), shape.async(),
                ExecutionModels.of(annotations, method, shape.async()), where,
                Decorations.read(annotations, method, kind, where, errors));
    }

    /**
     * Checks a fixed URI; returns its (no) variables, or null when it is invalid.
     */
    private static List<String> fixedUri(String uri, String where, List<String> errors) {
        if (uri.indexOf('{') >= 0 || uri.indexOf('}') >= 0) {
            errors.add("@Resource uri '" + uri + "' contains a template expression: declare the method with "
                    + "@ResourceTemplate(uriTemplate = \"" + uri + "\") instead: " + where);
            return null;
        }
        if (!isAbsoluteUri(uri)) {
            errors.add("@Resource uri '" + uri + "' is not an absolute URI (RFC 3986, with a scheme, for instance "
                    + "file:///docs/readme.md): " + where);
            return null;
        }
        return List.of();
    }

    /**
     * Checks a URI template; returns its variables, or null when it is invalid.
     */
    private static List<String> templateVariables(String uriTemplate, String where, List<String> errors) {
        UriTemplate parsed;
        try {
            parsed = UriTemplate.parse(uriTemplate);
        } catch (IllegalArgumentException e) {
            errors.add("@ResourceTemplate uriTemplate '" + uriTemplate + "' is invalid: " + e.getMessage() + ": "
                    + where);
            return null;
        }
        if (parsed.variables().isEmpty()) {
            errors.add("@ResourceTemplate uriTemplate '" + uriTemplate + "' has no variable: declare the method "
                    + "with @Resource(uri = \"" + uriTemplate + "\") instead: " + where);
            return null;
        }
        String expanded = uriTemplate.replaceAll("\\{[^{}]*}", "x");
        if (!isAbsoluteUri(expanded)) {
            errors.add("@ResourceTemplate uriTemplate '" + uriTemplate + "' does not expand to an absolute URI "
                    + "(RFC 3986, with a scheme before the first variable, for instance file:///logs/{date}): "
                    + where);
            return null;
        }
        return parsed.variables();
    }

    private static boolean isAbsoluteUri(String uri) {
        if (!SCHEME.matcher(uri).matches()) {
            return false;
        }
        try {
            return new URI(uri).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static List<ResourceParameter> parameters(MethodInfo method, String kind, boolean template,
            List<String> variables, String where, List<String> errors) {
        List<ResourceParameter> result = new ArrayList<>();
        Set<String> unbound = new LinkedHashSet<>(variables);
        boolean callerSeen = false;
        for (MethodParameterInfo parameter : method.parameters()) {
            if (parameter.type().name().equals(DotNames.CALLER)) {
                if (callerSeen) {
                    errors.add(kind + " method declares more than one Caller parameter: " + where);
                }
                callerSeen = true;
                result.add(new ResourceParameter(null));
                continue;
            }
            String name = parameter.name();
            if (!parameter.type().name().equals(ResourceTypes.STRING)
                    || parameter.type().kind() != org.jboss.jandex.Type.Kind.CLASS) {
                errors.add(kind + " method has an unsupported parameter type " + parameter.type()
                        + (name == null ? "" : " for parameter '" + name + "'")
                        + " (accepted: String, bound to the template variable of the same name, and Caller): "
                        + where);
                continue;
            }
            if (name == null) {
                errors.add(kind + " method parameter " + parameter.position()
                        + " has no name: compile with -parameters: " + where);
                continue;
            }
            if (!template) {
                errors.add("@Resource method parameter '" + name + "' has no template variable to bind: a fixed "
                        + "URI has none; use @ResourceTemplate with a {" + name + "} variable: " + where);
                continue;
            }
            if (!unbound.remove(name)) {
                errors.add("@ResourceTemplate method parameter '" + name + "' matches no variable of the template "
                        + "(variables: " + String.join(", ", variables) + "): " + where);
                continue;
            }
            result.add(new ResourceParameter(name));
        }
        for (String variable : unbound) {
            errors.add("@ResourceTemplate variable {" + variable + "} has no String parameter named '" + variable
                    + "': " + where);
        }
        return result;
    }

    private static String stringValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }
}
