package io.mcpwarden.demo.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The demo as it runs for a user: authentication on, tokens from its built-in authorization server, the demo user
 * {@code demo}. The port is fixed for the test JVM because the resource URI (the tokens' audience) names it; the
 * database is a file under {@code target/}, named by the subclass.
 */
public class EmbeddedAuthorizationServerProfile implements QuarkusTestProfile {

    public static final int PORT = Integer.parseInt(System.getProperties().computeIfAbsent(
            "mcpwarden.demo.oauth.port", name -> Integer.toString(freeLoopbackPort())).toString());
    public static final String ORIGIN = "http://127.0.0.1:" + PORT;
    public static final String RESOURCE = ORIGIN + "/mcp";

    /** The database file (under target/) of this profile. */
    protected String database() {
        return "sdk-oauth-" + ProcessHandle.current().pid();
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.http.test-port", Integer.toString(PORT),
                "quarkus.warden.resource", RESOURCE,
                "quarkus.warden.auth.enabled", "true",
                "quarkus.warden.authorization-server.enabled", "true",
                "quarkus.datasource.warden.jdbc.url",
                "jdbc:h2:file:./target/warden-test/" + database() + ";DB_CLOSE_ON_EXIT=FALSE");
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
