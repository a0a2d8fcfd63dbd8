package io.mcpwarden.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * The three invocations of the official conformance suite that CI runs, and how to run one scenario of each the way
 * the invocation itself would.
 */
enum SuiteRun {

    /** {@code npx @modelcontextprotocol/conformance@0.1.16 server --url ...}: the active suite. */
    ACTIVE_0_1_16("0.1.16 active", "conformance-0.1.16", null),

    /** {@code npx @modelcontextprotocol/conformance@0.2.0-alpha.12 server --url ... --requirements 2025-11-25}. */
    REQUIREMENTS_2025_11_25("0.2 requirements 2025-11-25", "conformance-0.2.0-alpha.12", "2025-11-25"),

    /** {@code npx @modelcontextprotocol/conformance@0.2.0-alpha.12 server --url ... --requirements 2026-07-28}. */
    REQUIREMENTS_2026_07_28("0.2 requirements 2026-07-28", "conformance-0.2.0-alpha.12", "2026-07-28");

    /** How long one scenario may take, as the 0.2 suite's own default (0.1.16 has no per-scenario timeout). */
    static final int SCENARIO_TIMEOUT_MILLIS = 30_000;

    /** A short name for test names and logs. */
    final String label;
    /** The npm alias (in package.json) under which this suite version is installed. */
    final String npmPackage;
    /** The requirement set, or null for the 0.1.16 active suite. */
    final String requirements;

    SuiteRun(String label, String npmPackage, String requirements) {
        this.label = label;
        this.npmPackage = npmPackage;
        this.requirements = requirements;
    }

    /**
     * The arguments of {@code conformance list} that name this run's server scenarios.
     */
    List<String> listArguments() {
        return requirements == null ? List.of("list", "--server")
                : List.of("list", "--server", "--requirements", requirements);
    }

    /**
     * The arguments that run one scenario exactly as this run does: a requirements run executes each scenario at its
     * revision's wire version, forced even where the suite would otherwise skip it (see the CLI's
     * {@code --requirements} handling), with the per-scenario timeout.
     */
    List<String> scenarioArguments(String url, String scenario) {
        List<String> arguments = new ArrayList<>(List.of("server", "--url", url, "--scenario", scenario));
        if (requirements != null) {
            arguments.addAll(List.of("--spec-version", requirements, "--force", "--timeout",
                    Integer.toString(SCENARIO_TIMEOUT_MILLIS)));
        }
        return arguments;
    }

    /**
     * The command a person types to run the whole invocation (for messages and docs).
     */
    String officialCommand() {
        String version = npmPackage.substring("conformance-".length());
        return "npx @modelcontextprotocol/conformance@" + version + " server --url <url>"
                + (requirements == null ? "" : " --requirements " + requirements);
    }
}
