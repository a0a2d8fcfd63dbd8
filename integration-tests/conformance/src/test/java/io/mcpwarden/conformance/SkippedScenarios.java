package io.mcpwarden.conformance;

import static io.mcpwarden.conformance.SuiteRun.ACTIVE_0_1_16;
import static io.mcpwarden.conformance.SuiteRun.REQUIREMENTS_2026_07_28;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * THE list of conformance scenarios that {@link ConformanceSuiteTest} does not run yet, each with the reason: the MCP
 * feature Warden still needs for it (or, once, a bug of the scenario itself). Every scenario of the three runs that is not
 * listed here must pass.
 * <p>
 * This list only shrinks: when a feature lands (with its fixture tool in this module), delete its entries and run
 * {@code ./mvnw verify -pl integration-tests/conformance -am}; {@code -Dconformance.run-skipped=true} runs the listed
 * scenarios too and fails on each one that passes, which tells which entries are stale. The goal is an empty list.
 */
final class SkippedScenarios {

    /**
     * One skipped scenario.
     *
     * @param scenario the scenario id, as {@code conformance list} prints it
     * @param runs the runs in which it is skipped
     * @param reason why: the feature Warden (or this fixture) needs for it, or the scenario's own bug
     */
    record Skip(String scenario, Set<SuiteRun> runs, String reason) {
    }

    private static final Set<SuiteRun> ERA_2026 = EnumSet.of(REQUIREMENTS_2026_07_28);
    private static final String STATELESS = "the 2026-07-28 stateless era (no initialize; server/discover, per-request"
            + " _meta, Mcp-Method/Mcp-Name headers, resultType, -32020/-32022 errors)";

    static final List<Skip> ENTRIES = List.of(
            // Progress and completions pass in the dated eras; the 2026-07-28 run speaks the stateless era.
            new Skip("tools-call-with-progress", ERA_2026, "needs " + STATELESS),
            new Skip("completion-complete", ERA_2026, "needs " + STATELESS),

            // A scenario bug, fixed upstream: 0.1.16 sends MCP-Protocol-Version 2025-03-26 on a session negotiated at
            // 2025-11-25. The spec says a client SHOULD send the negotiated version and a server MUST answer 400 to a
            // version it does not support; Warden does not speak 2025-03-26 (it would have to accept JSON-RPC
            // batches), so 400 is right. 0.2.0-alpha.12 sends the negotiated version and passes.
            new Skip("server-sse-multiple-streams", EnumSet.of(ACTIVE_0_1_16),
                    "a bug of the 0.1.16 scenario (it sends MCP-Protocol-Version 2025-03-26, a version"
                            + " Warden does not support, which the spec requires answering with 400; fixed in"
                            + " 0.2.0-alpha.12, which passes). Remove when Warden supports 2025-03-26"),

            // The 2026-07-28 era: every scenario of that run speaks it.
            new Skip("server-stateless", ERA_2026, "needs " + STATELESS),
            new Skip("tools-list", ERA_2026, "needs " + STATELESS),
            new Skip("tools-call-simple-text", ERA_2026, "needs " + STATELESS),
            new Skip("tools-call-image", ERA_2026, "needs " + STATELESS),
            new Skip("tools-call-audio", ERA_2026, "needs " + STATELESS),
            new Skip("tools-call-embedded-resource", ERA_2026, "needs " + STATELESS),
            new Skip("tools-call-mixed-content", ERA_2026, "needs " + STATELESS),
            new Skip("tools-call-error", ERA_2026, "needs " + STATELESS),
            new Skip("server-sse-multiple-streams", ERA_2026, "needs " + STATELESS),
            new Skip("resources-list", ERA_2026, "needs " + STATELESS),
            new Skip("resources-read-text", ERA_2026, "needs " + STATELESS),
            new Skip("resources-read-binary", ERA_2026, "needs " + STATELESS),
            new Skip("resources-templates-read", ERA_2026, "needs " + STATELESS),
            new Skip("prompts-list", ERA_2026, "needs " + STATELESS),
            new Skip("prompts-get-simple", ERA_2026, "needs " + STATELESS),
            new Skip("prompts-get-with-args", ERA_2026, "needs " + STATELESS),
            new Skip("prompts-get-embedded-resource", ERA_2026, "needs " + STATELESS),
            new Skip("prompts-get-with-image", ERA_2026, "needs " + STATELESS),
            new Skip("dns-rebinding-protection", ERA_2026, "needs " + STATELESS),
            new Skip("caching", ERA_2026, "needs caching hints (ttlMs, cacheScope) on list results; " + STATELESS),
            new Skip("input-required-result-basic-elicitation", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-basic-sampling", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-basic-list-roots", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-request-state", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-multiple-input-requests", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-multi-round", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-non-tool-request", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-result-type", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-tampered-state", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("input-required-result-capability-check", ERA_2026, "needs " + multiRoundTrip()),
            new Skip("tasks-lifecycle", ERA_2026, "needs " + tasks()),
            new Skip("tasks-capability-negotiation", ERA_2026, "needs " + tasks()),
            new Skip("tasks-wire-fields", ERA_2026, "needs " + tasks()),
            new Skip("tasks-request-state-removal", ERA_2026, "needs " + tasks()),
            new Skip("tasks-mrtr-input", ERA_2026, "needs " + tasks()),
            new Skip("tasks-request-headers", ERA_2026, "needs " + tasks()),
            new Skip("tasks-dispatch-and-envelope", ERA_2026, "needs " + tasks()),
            new Skip("tasks-required-task-error", ERA_2026, "needs " + tasks()),
            new Skip("tasks-mrtr-composition", ERA_2026, "needs " + tasks()),
            new Skip("http-header-validation", ERA_2026,
                    "needs Mcp-Method/Mcp-Name header validation, SEP-2243 (pending in the suite, not scored); " + STATELESS),
            new Skip("http-custom-header-server-validation", ERA_2026,
                    "needs custom header validation, SEP-2243 (pending in the suite, not scored); " + STATELESS));

    private SkippedScenarios() {
    }

    private static String multiRoundTrip() {
        return "multi-round-trip results (input_required: the 2026 replacement of server-to-client requests); "
                + STATELESS;
    }

    private static String tasks() {
        return "the tasks extension io.modelcontextprotocol/tasks, SEP-2663 (an extension: not scored); " + STATELESS;
    }

    /**
     * Why the scenario is skipped in this run, or empty when it must pass.
     */
    static Optional<String> reason(SuiteRun run, String scenario) {
        return ENTRIES.stream().filter(skip -> skip.scenario().equals(scenario) && skip.runs().contains(run))
                .map(Skip::reason).findFirst();
    }
}
