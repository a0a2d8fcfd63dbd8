package io.mcpwarden.runtime.tools;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Writes Bean Validation violations of tool arguments as one message that names each argument (by its tool argument
 * name, not its Java name) and the rule it broke.
 */
final class ConstraintViolations {

    private ConstraintViolations() {
    }

    /**
     * The message, or null when a violation is not about an argument (a return-value constraint, say), which is a
     * fault of the tool rather than of the caller.
     */
    static String describe(Set<ConstraintViolation<?>> violations, List<ToolParameter> parameters) {
        Set<String> lines = new TreeSet<>();
        for (ConstraintViolation<?> violation : violations) {
            String argument = argumentPath(violation.getPropertyPath(), parameters);
            if (argument == null) {
                return null;
            }
            lines.add("Invalid argument '" + argument + "': " + violation.getMessage());
        }
        return lines.isEmpty() ? null : String.join("; ", lines);
    }

    private static String argumentPath(Path path, List<ToolParameter> parameters) {
        StringBuilder argument = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PARAMETER) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                if (index < 0 || index >= parameters.size()) {
                    return null;
                }
                argument = new StringBuilder(parameters.get(index).name());
            } else if (node.getKind() == ElementKind.RETURN_VALUE || node.getKind() == ElementKind.CROSS_PARAMETER) {
                return null;
            } else if (argument != null) {
                if (node.getIndex() != null) {
                    argument.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    argument.append('[').append(node.getKey()).append(']');
                }
                if (node.getName() != null && node.getKind() == ElementKind.PROPERTY) {
                    argument.append('.').append(node.getName());
                }
            }
        }
        return argument == null ? null : argument.toString();
    }
}
