package io.mcpwarden.deployment.authorizationserver.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real H2 database server in its own process, listening on 127.0.0.1 with its files in a directory of its own, so a
 * test can take the authorization server's database away (stop the process) and bring it back (start it again on the
 * same port and files). Its port, directory and process id are kept in the system properties because the test class is loaded
 * twice.
 */
final class H2ServerProcess implements DatabaseServer {

    private static final String KEY = "mcpwarden.as.test.h2";

    private final int port;
    private final Path directory;

    private H2ServerProcess(int port, Path directory) {
        this.port = port;
        this.directory = directory;
    }

    /** The server of this test JVM, started on first use. */
    static H2ServerProcess get() {
        Object existing = System.getProperties().computeIfAbsent(KEY + ".port", name -> {
            int port = freeLoopbackPort();
            System.getProperties().put(KEY + ".dir", freshDirectory().toString());
            return Integer.toString(port);
        });
        H2ServerProcess server = new H2ServerProcess(Integer.parseInt(existing.toString()),
                Path.of(System.getProperty(KEY + ".dir")));
        if (!server.process().map(ProcessHandle::isAlive).orElse(false)) {
            server.start();
        }
        return server;
    }

    /** A JDBC URL of a database on this server, as a remote database is configured (no automatic reconnection). */
    @Override
    public String jdbcUrl(String database) {
        return "jdbc:h2:tcp://127.0.0.1:" + port + "/" + database;
    }

    @Override
    public void start() {
        try {
            Process process = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString(), "-Dh2.bindAddress=127.0.0.1", "-cp", h2Jar(), "org.h2.tools.Server", "-tcp",
                    "-tcpPort", Integer.toString(port), "-baseDir", directory.toString(), "-ifNotExists"))
                    .redirectErrorStream(true).redirectOutput(directory.resolve("server.log").toFile()).start();
            // Only strings go into the system properties: libraries copy them (Narayana fails on anything else).
            System.setProperty(KEY + ".pid", Long.toString(process.pid()));
            ProcessHandle handle = process.toHandle();
            Runtime.getRuntime().addShutdownHook(new Thread(handle::destroyForcibly));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!accepting()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("The H2 server did not start: "
                            + Files.readString(directory.resolve("server.log")));
                }
                Thread.sleep(50);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Stops the server process as a database restart does (SIGTERM: H2 closes its files): every connection to it breaks,
     * new ones are refused.
     */
    @Override
    public void stop() throws Exception {
        ProcessHandle process = process().orElseThrow();
        process.destroy();
        process.onExit().get(30, TimeUnit.SECONDS);
    }

    private Optional<ProcessHandle> process() {
        String pid = System.getProperty(KEY + ".pid");
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    private boolean accepting() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String h2Jar() {
        try {
            return Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path freshDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "h2-server-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
