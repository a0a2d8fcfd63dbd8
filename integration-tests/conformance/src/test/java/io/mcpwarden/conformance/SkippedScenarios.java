package io.mcpwarden.conformance;

import static io.mcpwarden.conformance.SuiteRun.ACTIVE_0_1_16;

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

    static final List<Skip> ENTRIES = List.of(

            // A scenario bug, fixed upstream: 0.1.16 sends MCP-Protocol-Version 2025-03-26 on a session negotiated at
            // 2025-11-25. The spec says a client SHOULD send the negotiated version and a server MUST answer 400 to a
            // version it does not support; Warden does not speak 2025-03-26 (it would have to accept JSON-RPC
            // batches), so 400 is right. 0.2.0-alpha.12 sends the negotiated version and passes.
            new Skip("server-sse-multiple-streams", EnumSet.of(ACTIVE_0_1_16),
                    "a bug of the 0.1.16 scenario (it sends MCP-Protocol-Version 2025-03-26, a version"
                            + " Warden does not support, which the spec requires answering with 400; fixed in"
                            + " 0.2.0-alpha.12, which passes). Remove when Warden supports 2025-03-26"));

    private SkippedScenarios() {
    }

    /**
     * Why the scenario is skipped in this run, or empty when it must pass.
     */
    static Optional<String> reason(SuiteRun run, String scenario) {
        return ENTRIES.stream().filter(skip -> skip.scenario().equals(scenario) && skip.runs().contains(run))
                .map(Skip::reason).findFirst();
    }
}
