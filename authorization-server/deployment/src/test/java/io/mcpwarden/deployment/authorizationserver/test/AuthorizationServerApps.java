package io.mcpwarden.deployment.authorizationserver.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A test application that is its own authorization server, with the user {@code alice} (password
 * {@value #PASSWORD}), the scopes of {@link DeskTools}, and an in-memory database.
 */
final class AuthorizationServerApps {

    /** One free port per test JVM: the resource URI (the tokens' audience) must name it. */
    static final int PORT = Integer.parseInt(System.getProperties().computeIfAbsent("mcpwarden.as.test.port",
            name -> Integer.toString(freeLoopbackPort())).toString());
    static final String ORIGIN = "http://127.0.0.1:" + PORT;
    static final String RESOURCE = ORIGIN + "/mcp";
    static final String PASSWORD = "correct horse battery staple";

    private AuthorizationServerApps() {
    }

    static QuarkusUnitTest app(String database) {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClasses(DeskTools.class, OAuthFlow.class, MetadataDocumentServer.class,
                        AuthorizationServerApps.class))
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
                .overrideConfigKey("quarkus.warden.authorization-server.users.alice.display-name", "Alice Liddell")
                .overrideConfigKey("quarkus.datasource.warden.jdbc.url",
                        "jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
