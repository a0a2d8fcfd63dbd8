package io.mcpwarden.deployment;

import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.AnnotationValue;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.MethodParameterInfo;

import io.mcpwarden.runtime.prompts.PromptMetadata;
import io.mcpwarden.runtime.prompts.PromptParameter;
import io.quarkus.arc.processor.AnnotationStore;

/**
 * Reads one {@code @Prompt} method into {@link PromptMetadata}, collecting every rule it breaks instead of stopping at
 * the first.
 */
final class PromptMethodReader {

    private static final Pattern PROMPT_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,128}");
    private static final Pattern ARGUMENT_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");
    private static final String SEE_JAVADOC = " (see the @Prompt javadoc for the accepted types): ";

    private final AnnotationStore annotations;

    PromptMethodReader(AnnotationStore annotations) {
        this.annotations = annotations;
    }

    static String promptName(AnnotationInstance prompt, MethodInfo method) {
        AnnotationValue name = prompt.value("name");
        return name == null || name.asString().isEmpty() ? method.name() : name.asString();
    }

    /**
     * Reads the method; returns null and adds to {@code errors} when it breaks a rule.
     */
    PromptMetadata read(MethodInfo method, AnnotationInstance prompt, PromptAccessReader.Scopes scopes,
            List<String> errors) {
        String where = ToolMethodReader.describe(method);
        int errorsBefore = errors.size();
        if (Modifier.isPrivate(method.flags())) {
            errors.add("@Prompt method must not be private: " + where);
        }
        if (Modifier.isStatic(method.flags())) {
            errors.add("@Prompt method must not be static: " + where);
        }
        String name = promptName(prompt, method);
        if (!PROMPT_NAME.matcher(name).matches()) {
            errors.add("@Prompt name '" + name + "' is invalid: use 1 to 128 characters from A-Z a-z 0-9 _ - . : "
                    + where);
        }
        PromptTypes.ReturnShape shape = PromptTypes.classifyReturn(method.returnType());
        if (shape == null) {
            errors.add("@Prompt method has an unsupported return type " + method.returnType() + SEE_JAVADOC + where);
        }
        List<PromptParameter> parameters = readParameters(method, where, errors);
        if (errors.size() > errorsBefore || scopes == null) {
            return null;
        }
        return new PromptMetadata(name, stringValue(prompt, "title"), stringValue(prompt, "description"),
                parameters, shape.kind(), shape.async(), ExecutionModels.of(annotations, method, shape.async()),
                scopes.allOf(), scopes.anyOf(), where, Decorations.read(annotations, method, "@Prompt", where, errors));
    }

    private List<PromptParameter> readParameters(MethodInfo method, String where, List<String> errors) {
        List<PromptParameter> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (MethodParameterInfo parameter : method.parameters()) {
            AnnotationInstance promptArg = promptArg(method, parameter.position());
            PromptParameter.Kind kind = PromptTypes.parameterKind(parameter.type());
            if (kind == PromptParameter.Kind.CALLER || kind == PromptParameter.Kind.CLIENT_INPUT) {
                String supplied = kind == PromptParameter.Kind.CALLER ? "Caller" : "ClientInput";
                if (promptArg != null) {
                    errors.add("@PromptArg cannot annotate the " + supplied + " parameter, which is not a prompt"
                            + " argument: " + where);
                }
                result.add(new PromptParameter(parameter.name() == null ? supplied.toLowerCase() : parameter.name(),
                        null, false, kind));
                continue;
            }
            String name = promptArg == null ? null : stringValue(promptArg, "name");
            if (name == null) {
                name = parameter.name();
            }
            if (name == null) {
                errors.add("@Prompt method parameter " + parameter.position()
                        + " has no name: compile with -parameters or set @PromptArg(name = ...): " + where);
                continue;
            }
            if (kind == null) {
                errors.add("@Prompt method has an unsupported parameter type " + parameter.type() + " for parameter '"
                        + name + "': prompt arguments are strings, use String or Optional<String>: " + where);
                continue;
            }
            if (!ARGUMENT_NAME.matcher(name).matches()) {
                errors.add("@PromptArg name '" + name + "' is invalid: use 1 to 64 characters from "
                        + "A-Z a-z 0-9 _ - . : " + where);
                continue;
            }
            if (!seen.add(name)) {
                errors.add("@Prompt method declares the argument '" + name + "' twice: " + where);
                continue;
            }
            boolean requiredFlag = promptArg == null || promptArg.value("required") == null
                    || promptArg.value("required").asBoolean();
            result.add(new PromptParameter(name, promptArg == null ? null : stringValue(promptArg, "description"),
                    requiredFlag && kind == PromptParameter.Kind.STRING, kind));
        }
        return result;
    }

    private AnnotationInstance promptArg(MethodInfo method, int position) {
        return annotations.getAnnotations(method).stream()
                .filter(a -> a.name().equals(PromptTypes.PROMPT_ARG) && a.target() != null
                        && a.target().kind() == AnnotationTarget.Kind.METHOD_PARAMETER
                        && a.target().asMethodParameter().position() == position)
                .findFirst().orElse(null);
    }

    private static String stringValue(AnnotationInstance annotation, String name) {
        AnnotationValue value = annotation.value(name);
        return value == null || value.asString().isEmpty() ? null : value.asString();
    }
}
