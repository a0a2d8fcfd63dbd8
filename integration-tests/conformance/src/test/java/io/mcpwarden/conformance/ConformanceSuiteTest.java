package io.mcpwarden.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs the official MCP conformance suite against this fixture application, started on a free loopback port: the
 * three invocations of {@link SuiteRun}, one dynamic test per scenario, each with the suite's own output in the test
 * report. A scenario passes when the suite reports no failed check for it (warnings do not fail). Scenarios listed in
 * {@link SkippedScenarios} are skipped with a warning that says why.
 */
@QuarkusTest
class ConformanceSuiteTest {

    private static final Logger LOG = Logger.getLogger(ConformanceSuiteTest.class);
    /** Runs the skipped scenarios too, and fails on those that pass: their entries are stale. */
    private static final boolean RUN_SKIPPED = Boolean.getBoolean("conformance.run-skipped");
    private static final Map<SuiteRun, Duration> ELAPSED = new ConcurrentHashMap<>();
    private static final Map<SuiteRun, List<String>> SKIPPED = new ConcurrentHashMap<>();

    private final ConformanceCli cli = new ConformanceCli();

    @TestHTTPResource("/mcp")
    URL mcpUrl;

    @TestFactory
    List<DynamicTest> activeSuite0116() {
        return scenarios(SuiteRun.ACTIVE_0_1_16);
    }

    @TestFactory
    List<DynamicTest> requirements20251125() {
        return scenarios(SuiteRun.REQUIREMENTS_2025_11_25);
    }

    @TestFactory
    List<DynamicTest> requirements20260728() {
        return scenarios(SuiteRun.REQUIREMENTS_2026_07_28);
    }

    private List<DynamicTest> scenarios(SuiteRun run) {
        ConformanceCli.Result listing = cli.run(run, run.listArguments());
        assertThat(listing.exitCode()).as("conformance list: %s", listing.output()).isZero();
        List<String> scenarios = ScenarioListing.serverScenarios(listing.output());
        List<String> unknown = SkippedScenarios.ENTRIES.stream().filter(skip -> skip.runs().contains(run))
                .map(SkippedScenarios.Skip::scenario).filter(scenario -> !scenarios.contains(scenario)).toList();
        assertThat(unknown).as("SkippedScenarios entries for %s that name no scenario of that run", run).isEmpty();

        String url = mcpUrl.toString();
        List<DynamicTest> tests = new ArrayList<>();
        for (String scenario : scenarios) {
            tests.add(DynamicTest.dynamicTest(run.label + ": " + scenario, () -> runScenario(run, url, scenario)));
        }
        return tests;
    }

    private void runScenario(SuiteRun run, String url, String scenario) {
        Optional<String> skipReason = SkippedScenarios.reason(run, scenario);
        if (skipReason.isPresent() && !RUN_SKIPPED) {
            SKIPPED.computeIfAbsent(run, key -> new CopyOnWriteArrayList<>()).add(scenario);
            LOG.warnf("SKIPPED conformance scenario %s in %s: %s", scenario, run.officialCommand(),
                    skipReason.get());
            Assumptions.abort("Skipped (listed in SkippedScenarios): " + skipReason.get());
        }
        long start = System.nanoTime();
        ConformanceCli.Result result = cli.run(run, run.scenarioArguments(url, scenario));
        ELAPSED.merge(run, Duration.ofNanos(System.nanoTime() - start), Duration::plus);
        System.out.printf("=== %s: %s (%s) ===%n%s%n", run.officialCommand(), scenario,
                result.exitCode() == 0 ? "passed" : "FAILED, exit code " + result.exitCode(), result.output());
        if (skipReason.isPresent()) {
            Assertions.assertNotEquals(0, result.exitCode(), () -> "Scenario " + scenario + " passes now in "
                    + run.officialCommand() + ": remove its entry from SkippedScenarios");
            Assumptions.abort("Fails, as listed in SkippedScenarios: " + skipReason.get());
        }
        assertThat(result.exitCode())
                .as("conformance scenario %s in %s failed; its output:%n%s", scenario, run.officialCommand(),
                        result.output())
                .isZero();
    }

    @AfterAll
    static void summary() {
        for (SuiteRun run : SuiteRun.values()) {
            Duration elapsed = ELAPSED.getOrDefault(run, Duration.ZERO);
            List<String> skipped = SKIPPED.getOrDefault(run, List.of());
            LOG.infof("%s: scenarios ran in %d.%03d s; %d skipped%s", run.officialCommand(), elapsed.toSeconds(),
                    elapsed.toMillisPart(), skipped.size(),
                    skipped.isEmpty() ? "" : skipped.stream().collect(Collectors.joining(", ", " (", ")")));
        }
    }
}
