package io.mcpwarden.conformance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The packaged fixture started as {@code java -jar} with the stdio transport, the way a desktop MCP client launches a
 * local server: lines in on its standard input, lines out of its standard output, logs on its standard error.
 */
final class StdioProcess implements AutoCloseable {

    /** Generous bounds that only stop a broken server from hanging the build; they decide no assertion. */
    private static final long LINE_TIMEOUT_SECONDS = 60;
    private static final long EXIT_TIMEOUT_SECONDS = 60;
    private static final String END = "\u0000end of stdout";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final OutputStream stdin;
    private final BlockingQueue<String> stdout = new LinkedBlockingQueue<>();
    private final Path stderr;

    StdioProcess(String... systemProperties) throws IOException {
        Path jar = Path.of(System.getProperty("fixture.jar", "target/quarkus-app/quarkus-run.jar"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.warden.transport=stdio"));
        for (String property : systemProperties) {
            command.add("-D" + property);
        }
        command.addAll(List.of("-jar", jar.toString()));
        stderr = Files.createTempFile("stdio-fixture", ".err");
        process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        stdin = process.getOutputStream();
        Thread reader = new Thread(this::readStdout, "stdio-fixture-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    private void readStdout() {
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                stdout.add(line);
            }
        } catch (IOException e) {
            // the process is gone: END below tells the test
        } finally {
            stdout.add(END);
        }
    }

    void send(String line) throws IOException {
        stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
        stdin.flush();
    }

    /**
     * The next line of standard output, which must be one JSON-RPC message.
     */
    JsonNode receive() throws IOException, InterruptedException {
        String line = stdout.poll(LINE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (line == null || END.equals(line)) {
            throw new AssertionError("The stdio server wrote no further line on standard output; its standard error:\n"
                    + stderr());
        }
        return JSON.readTree(line);
    }

    JsonNode request(String line) throws IOException, InterruptedException {
        send(line);
        return receive();
    }

    /**
     * Closes standard input and waits for the process to end; returns its exit code.
     */
    int closeInputAndWait() throws IOException, InterruptedException {
        stdin.close();
        return waitForExit();
    }

    int waitForExit() throws InterruptedException {
        if (!process.waitFor(EXIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            throw new AssertionError("The stdio server did not exit within " + EXIT_TIMEOUT_SECONDS + " s");
        }
        return process.exitValue();
    }

    /**
     * The lines of standard output not yet received (after the process ended).
     */
    List<String> remainingStdout() {
        List<String> rest = new ArrayList<>();
        stdout.drainTo(rest);
        rest.remove(END);
        return rest;
    }

    String stderr() throws IOException {
        return Files.readString(stderr, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        Files.deleteIfExists(stderr);
    }
}
