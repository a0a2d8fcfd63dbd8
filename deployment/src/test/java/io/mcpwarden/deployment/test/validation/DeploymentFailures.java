package io.mcpwarden.deployment.test.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads the messages of a failed build. ArC wraps validation errors in a {@code DeploymentException} (adding further
 * errors as suppressed exceptions), and the build may wrap that again, so the messages are collected from the whole
 * cause and suppressed tree.
 */
public final class DeploymentFailures {

    private DeploymentFailures() {
    }

    /**
     * The message of the one exception in the tree that carries the tool validation report.
     */
    static String toolReport(Throwable failure) {
        return report(failure, "Invalid MCP tool declarations:");
    }

    /**
     * The message of the one exception in the tree that starts with this heading.
     */
    public static String report(Throwable failure, String heading) {
        List<String> reports = new ArrayList<>();
        for (String message : messages(failure)) {
            if (message.startsWith(heading)) {
                reports.add(message);
            }
        }
        if (reports.size() != 1) {
            throw new AssertionError("Expected exactly one report starting with '" + heading + "', got " + reports
                    + " in " + messages(failure), failure);
        }
        return reports.get(0);
    }

    private static List<String> messages(Throwable failure) {
        List<String> messages = new ArrayList<>();
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(failure, messages, seen);
        return messages;
    }

    private static void collect(Throwable failure, List<String> messages, Set<Throwable> seen) {
        if (failure == null || !seen.add(failure)) {
            return;
        }
        if (failure.getMessage() != null) {
            messages.add(failure.getMessage());
        }
        collect(failure.getCause(), messages, seen);
        for (Throwable suppressed : failure.getSuppressed()) {
            collect(suppressed, messages, seen);
        }
    }
}
