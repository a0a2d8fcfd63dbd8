package io.mcpwarden.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the server scenarios out of the output of {@code conformance list}: the list a run executes, so that a newer
 * suite adds its scenarios here without anyone copying names around.
 */
final class ScenarioListing {

    /** {@code  - tools-list [2025-06-18,2025-11-25]} (0.1.16) or {@code  - tools-list} (a requirement set). */
    private static final Pattern LISTED = Pattern.compile("^  - (\\S+)( \\[[^]]*])?$");
    /** {@code     - json-schema-2020-12 [server]}: run by a requirements invocation but not scored. */
    private static final Pattern NOT_SCORED_SERVER = Pattern.compile("^    - (\\S+) \\[server]$");

    private ScenarioListing() {
    }

    /**
     * The server scenarios the invocation runs: for a requirement set, the required ones followed by those it runs
     * without scoring them (which we hold to the same bar: they must pass or be in {@link SkippedScenarios}).
     */
    static List<String> serverScenarios(String listOutput) {
        List<String> scenarios = new ArrayList<>();
        boolean inServerSection = false;
        for (String line : listOutput.split("\\R")) {
            if (!line.startsWith(" ")) {
                inServerSection = line.startsWith("Server scenarios");
                continue;
            }
            Matcher listed = LISTED.matcher(line);
            Matcher notScored = NOT_SCORED_SERVER.matcher(line);
            if (inServerSection && listed.matches()) {
                scenarios.add(listed.group(1));
            } else if (notScored.matches()) {
                scenarios.add(notScored.group(1));
            }
        }
        if (scenarios.isEmpty()) {
            throw new IllegalStateException("No server scenario found in the output of conformance list:\n" + listOutput);
        }
        return scenarios;
    }
}
