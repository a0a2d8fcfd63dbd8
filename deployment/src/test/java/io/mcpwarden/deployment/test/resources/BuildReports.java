package io.mcpwarden.deployment.test.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Reads one validation report out of a failed build, whose exceptions ArC and the build wrap and suppress.
 */
final class BuildReports {

    private BuildReports() {
    }

    /**
     * The message of the one exception in the cause and suppressed tree that starts with {@code title}.
     */
    static String report(Throwable failure, String title) {
        List<String> messages = new ArrayList<>();
        collect(failure, messages, Collections.newSetFromMap(new IdentityHashMap<>()));
        List<String> reports = messages.stream().filter(m -> m.startsWith(title)).distinct().toList();
        if (reports.size() != 1) {
            throw new AssertionError("Expected exactly one report '" + title + "', got " + messages, failure);
        }
        return reports.get(0);
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
