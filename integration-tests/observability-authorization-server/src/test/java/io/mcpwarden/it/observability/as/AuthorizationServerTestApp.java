package io.mcpwarden.it.observability.as;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.h2.tools.Server;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The application under test is its own authorization server, with the user {@code alice} (password
 * {@value #PASSWORD}), and keeps its state in an H2 database served over TCP on loopback, so that a test can take the
 * database away from the running application ({@link Database#stop(int, String)}) and give it back.
 */
public class AuthorizationServerTestApp implements QuarkusTestResourceLifecycleManager {

    static final String PASSWORD = "correct horse battery staple";
    /** Configuration keys through which the tests find the database server. */
    static final String DATABASE_PORT = "warden.test.database.port";
    static final String DATABASE_PASSWORD = "warden.test.database.password";
    static final String DATABASE_DIRECTORY = "warden.test.database.directory";

    private Server database;
    private int databasePort;
    private String databasePassword;

    @Override
    public Map<String, String> start() {
        int httpPort = freeLoopbackPort();
        databasePort = freeLoopbackPort();
        databasePassword = UUID.randomUUID().toString();
        Path directory;
        try {
            directory = Files.createTempDirectory("warden-observability-as");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        database = Database.start(databasePort, databasePassword, directory.toString());
        String origin = "http://127.0.0.1:" + httpPort;
        return Map.of("quarkus.http.test-port", Integer.toString(httpPort),
                "quarkus.warden.resource", origin + "/mcp",
                "quarkus.warden.authorization-server.users.alice.password-hash", BcryptUtil.bcryptHash(PASSWORD, 4),
                "quarkus.datasource.warden.jdbc.url", "jdbc:h2:tcp://127.0.0.1:" + databasePort + "/warden",
                DATABASE_PORT, Integer.toString(databasePort),
                DATABASE_PASSWORD, databasePassword,
                DATABASE_DIRECTORY, directory.toString());
    }

    @Override
    public void stop() {
        if (database != null) {
            // Whichever server listens now: a test may have stopped this one and started another.
            Database.stop(databasePort, databasePassword);
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The H2 TCP server the application's datasource points at: a database in a file, so that it survives a stop.
     */
    static final class Database {

        private Database() {
        }

        static Server start(int port, String password, String directory) {
            // H2 listens on every interface unless told otherwise; tests listen on loopback only.
            System.setProperty("h2.bindAddress", "127.0.0.1");
            try {
                return Server.createTcpServer("-tcpPort", Integer.toString(port), "-tcpPassword", password,
                        "-baseDir", directory, "-ifNotExists").start();
            } catch (SQLException e) {
                throw new IllegalStateException("The test database server did not start", e);
            }
        }

        /** Stops the server and drops every connection the application holds. */
        static void stop(int port, String password) {
            try {
                Server.shutdownTcpServer("tcp://127.0.0.1:" + port, password, true, true);
            } catch (SQLException e) {
                throw new IllegalStateException("The test database server did not stop", e);
            }
        }
    }
}
