package io.mcpwarden.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs the conformance CLI installed by the build ({@code npm ci} in this module) with Node.
 */
final class ConformanceCli {

    private static final long PROCESS_TIMEOUT_SECONDS = 120;
    /** The suite colours its output with ANSI escapes unconditionally; the test report wants plain text. */
    private static final Pattern ANSI_ESCAPE = Pattern.compile("\u001B\\[[0-9;]*m");

    private final Path moduleDir;
    private final String node;

    ConformanceCli() {
        this.moduleDir = Path.of(System.getProperty("conformance.dir", ".")).toAbsolutePath();
        this.node = System.getProperty("node.executable", "node");
    }

    record Result(int exitCode, String output) {
    }

    Result run(SuiteRun run, List<String> arguments) {
        Path cli = moduleDir.resolve("node_modules").resolve(run.npmPackage).resolve("dist/index.js");
        if (!Files.isRegularFile(cli)) {
            throw new IllegalStateException("The conformance suite is not installed at " + cli
                    + "; the Maven build installs it with npm ci (see docs/guide/conformance.md)");
        }
        List<String> command = new ArrayList<>(List.of(node, cli.toString()));
        command.addAll(arguments);
        Path output = null;
        try {
            output = Files.createTempFile("conformance", ".out");
            Process process = new ProcessBuilder(command).directory(moduleDir.toFile())
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(PROCESS_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                return new Result(-1, plain(Files.readString(output, StandardCharsets.UTF_8))
                        + "\n[the conformance CLI did not finish within " + PROCESS_TIMEOUT_SECONDS + " s]");
            }
            return new Result(process.exitValue(), plain(Files.readString(output, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new IllegalStateException("Could not run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command, e);
        } finally {
            if (output != null) {
                output.toFile().delete();
            }
        }
    }

    private static String plain(String output) {
        return ANSI_ESCAPE.matcher(output).replaceAll("");
    }
}
