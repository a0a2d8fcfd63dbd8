package io.mcpwarden.it.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Starts a real Keycloak for the whole test module: its Maven Central distribution (resolved into the local
 * repository by the build), unpacked once into {@code target/keycloak}, started in dev mode with an in-memory
 * database on a free loopback port, with the realm {@code src/test/resources/keycloak/mcp-realm.json} imported.
 * The Warden application is configured as resource server for that realm, on a free port chosen here, because the
 * realm names the MCP endpoint's URL as audience before the application starts.
 */
public final class KeycloakResource implements QuarkusTestResourceLifecycleManager {

    /** The realm imported from {@code mcp-realm.json}. */
    public static final String REALM = "mcp";
    /** Keycloak's bootstrap administrator, in the {@code master} realm. */
    public static final String ADMIN_USER = "admin";
    public static final String ADMIN_PASSWORD = "admin-pw";

    private static final Logger LOG = Logger.getLogger(KeycloakResource.class);
    private static final Duration UNPACK_TIMEOUT = Duration.ofMinutes(3);
    // The first start of a freshly unpacked distribution runs Keycloak's build step: about two minutes on 2 cores,
    // several times that when the machine is shared with other builds.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private Process keycloak;

    @Override
    public Map<String, String> start() {
        long startedAt = System.nanoTime();
        Path home = unpackedDistribution();
        int keycloakPort = freeLoopbackPort();
        int managementPort = freeLoopbackPort();
        int wardenPort = freeLoopbackPort();
        String keycloakUrl = "http://127.0.0.1:" + keycloakPort;
        String resource = "http://127.0.0.1:" + wardenPort + "/mcp";
        importRealm(home);
        keycloak = launch(home, keycloakPort, managementPort, resource);
        // Should the test JVM end without stop() (a crash, a kill), Keycloak must not outlive it.
        Process started = keycloak;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.descendants().forEach(ProcessHandle::destroyForcibly);
            started.destroyForcibly();
        }));
        String issuer = keycloakUrl + "/realms/" + REALM;
        awaitReady(issuer + "/.well-known/openid-configuration", home.resolve("keycloak.log"));
        LOG.infof("Keycloak %s ready at %s in %d s", System.getProperty("keycloak.version"), keycloakUrl,
                TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - startedAt));
        return Map.of(
                "quarkus.oidc.auth-server-url", issuer,
                "quarkus.oidc.tenant-enabled", "true",
                "quarkus.warden.auth.enabled", "true",
                "quarkus.http.test-port", Integer.toString(wardenPort),
                "quarkus.warden.resource", resource);
    }

    @Override
    public void stop() {
        if (keycloak == null) {
            return;
        }
        // kc.sh runs Keycloak's build step as a child process before it execs the server: stop the children too.
        keycloak.descendants().forEach(ProcessHandle::destroy);
        keycloak.destroy();
        try {
            if (!keycloak.waitFor(30, TimeUnit.SECONDS)) {
                keycloak.descendants().forEach(ProcessHandle::destroyForcibly);
                keycloak.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            keycloak.destroyForcibly();
        }
        keycloak = null;
    }

    private static Path unpackedDistribution() {
        String version = requiredProperty("keycloak.version");
        Path workDir = Path.of(requiredProperty("keycloak.work-dir"));
        Path home = workDir.resolve("keycloak-" + version);
        if (Files.isExecutable(home.resolve("bin/kc.sh"))) {
            return home;
        }
        Path archive = Path.of(requiredProperty("keycloak.archive"));
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException("Keycloak's distribution is not in the local repository: " + archive
                    + "; the Maven build fetches it (maven-dependency-plugin:get) before the tests");
        }
        try {
            // Unpacked beside, then moved into place: an interrupted unpack never looks like a complete one.
            Files.createDirectories(workDir);
            Path unpacking = Files.createTempDirectory(workDir, "unpacking-");
            run(List.of("tar", "xzf", archive.toString(), "-C", unpacking.toString()), workDir, UNPACK_TIMEOUT);
            Files.move(unpacking.resolve(home.getFileName()), home);
            Files.delete(unpacking);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack " + archive, e);
        }
        return home;
    }

    private static void importRealm(Path home) {
        try (InputStream realm = KeycloakResource.class.getResourceAsStream("/keycloak/mcp-realm.json")) {
            Path importDir = Files.createDirectories(home.resolve("data/import"));
            Files.copy(realm, importDir.resolve("mcp-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the realm file into " + home, e);
        }
    }

    private static Process launch(Path home, int port, int managementPort, String resource) {
        ProcessBuilder builder = new ProcessBuilder(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--db=dev-mem",
                "--http-host=127.0.0.1",
                "--http-port=" + port,
                "--http-management-port=" + managementPort,
                // Pinned, or the issuer would follow the Host header of each request.
                "--hostname=http://127.0.0.1:" + port,
                // RFC 8707: the resource parameter sets the token's audience.
                "--features=resource-indicators",
                "--import-realm"))
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Substituted into the realm file's ${MCP_RESOURCE_URL} placeholders.
        builder.environment().put("MCP_RESOURCE_URL", resource);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home, e);
        }
    }

    private void awaitReady(String discoveryUrl, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(discoveryUrl)).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!keycloak.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + keycloak.exitValue() + ":\n" + tail(log));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            sleep(POLL_INTERVAL);
        }
        stop();
        throw new IllegalStateException("Keycloak was not ready within " + START_TIMEOUT.toSeconds() + " s:\n"
                + tail(log));
    }

    private static void run(List<String> command, Path directory, Duration timeout) throws IOException {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        try {
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish within " + timeout.toSeconds() + " s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed with " + process.exitValue() + ": "
                        + new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IllegalStateException(command + " was interrupted", e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + log + ")";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String requiredProperty(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set; run the tests with Maven");
        }
        return value;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
