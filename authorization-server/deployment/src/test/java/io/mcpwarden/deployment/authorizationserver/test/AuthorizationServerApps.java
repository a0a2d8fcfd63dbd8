package io.mcpwarden.deployment.authorizationserver.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.function.Consumer;

import org.jboss.shrinkwrap.api.spec.JavaArchive;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A test application that is its own authorization server, with the user {@code alice} (password
 * {@value #PASSWORD}), the scopes of {@link DeskTools}, and a database of its own: in memory (H2) by default, or on a
 * real PostgreSQL server when the system property {@value #DATABASE_PROPERTY} is {@code postgresql} (the build's
 * {@code postgresql} test execution runs the flows a second time that way).
 */
final class AuthorizationServerApps {

    /** One free port per test JVM: the resource URI (the tokens' audience) must name it. */
    static final int PORT = Integer.parseInt(System.getProperties().computeIfAbsent("mcpwarden.as.test.port",
            name -> Integer.toString(freeLoopbackPort())).toString());
    static final String ORIGIN = "http://127.0.0.1:" + PORT;
    static final String RESOURCE = ORIGIN + "/mcp";
    static final String PASSWORD = "correct horse battery staple";
    static final String DATABASE_PROPERTY = "mcpwarden.as.test.database";
    static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty(DATABASE_PROPERTY));

    private AuthorizationServerApps() {
    }

    static QuarkusUnitTest app(String database) {
        QuarkusUnitTest app = new QuarkusUnitTest()
                .withApplicationRoot(root())
                .overrideConfigKey("quarkus.http.test-port", Integer.toString(PORT))
                .overrideConfigKey("quarkus.warden.resource", RESOURCE)
                .overrideConfigKey("quarkus.warden.auth.enabled", "true")
                .overrideConfigKey("quarkus.oidc.tenant-enabled", "false")
                .overrideConfigKey("quarkus.oidc.devservices.enabled", "false")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:read\".description", "See orders")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:write\".description", "Cancel orders")
                .overrideConfigKey("quarkus.warden.authorization-server.enabled", "true")
                .overrideConfigKey("quarkus.warden.authorization-server.users.alice.password-hash",
                        BcryptUtil.bcryptHash(PASSWORD, 4))
                .overrideConfigKey("quarkus.warden.authorization-server.users.alice.display-name", "Alice Liddell");
        if (!ON_POSTGRESQL) {
            return app.overrideConfigKey("quarkus.datasource.warden.jdbc.url",
                    "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        }
        PostgresServer server = PostgresServer.get();
        server.createDatabase(database);
        return app.overrideConfigKey("quarkus.datasource.warden.db-kind", "postgresql")
                .overrideConfigKey("quarkus.datasource.warden.jdbc.url", server.jdbcUrl(database))
                .overrideConfigKey("quarkus.datasource.warden.username", PostgresServer.USERNAME)
                .overrideConfigKey("quarkus.datasource.warden.password", PostgresServer.PASSWORD);
    }

    /**
     * The application classes every authorization-server test app needs, plus {@code more}; a test that adds classes
     * of its own passes this to {@code withApplicationRoot} (which replaces, not extends, the earlier root).
     */
    static Consumer<JavaArchive> root(Class<?>... more) {
        return jar -> jar.addClasses(DeskTools.class, OAuthFlow.class, MetadataDocumentServer.class,
                AuthorizationServerApps.class, DatabaseServer.class, H2ServerProcess.class, PostgresServer.class)
                .addClasses(more);
    }

    /** The database server of this test JVM, for tests that take it away and bring it back. */
    static DatabaseServer databaseServer() {
        return ON_POSTGRESQL ? PostgresServer.get() : H2ServerProcess.get();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
