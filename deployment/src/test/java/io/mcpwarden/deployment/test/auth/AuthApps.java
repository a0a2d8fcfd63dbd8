package io.mcpwarden.deployment.test.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.WardenTestIdentityProvider;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A test application secured by the test kit's identity provider, with the scopes of {@link OrderTools} declared.
 */
public final class AuthApps {

    /**
     * One free port for every secured test application of this JVM, so that parallel builds on one machine do not
     * collide. A system property keeps it the same in every class loader that loads this class.
     */
    static final int PORT = Integer.parseInt(System.getProperties().computeIfAbsent("mcpwarden.test.app.port",
            name -> Integer.toString(freeLoopbackPort())).toString());
    static final String ORIGIN = "http://127.0.0.1:" + PORT;
    static final String RESOURCE = ORIGIN + "/mcp";
    public static final String METADATA_URL = ORIGIN + "/.well-known/oauth-protected-resource/mcp";

    private AuthApps() {
    }

    /**
     * The order desk, including a public tool (so requests without a token reach the endpoint).
     */
    static QuarkusUnitTest securedOrderDesk() {
        return secured(OrderTools.class);
    }

    /**
     * An application with only the given tool classes.
     */
    public static QuarkusUnitTest secured(Class<?>... toolClasses) {
        QuarkusUnitTest app = new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClasses(toolClasses).addClasses(McpHttp.class, AuthHttp.class,
                        AuthApps.class))
                .overrideConfigKey("quarkus.warden.auth.resource-name", "Order desk")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:read\".description", "Read orders")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:write\".description", "Change orders")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:export\".description", "Export orders")
                .overrideConfigKey("quarkus.warden.scopes.admin.description", "Everything")
                .overrideConfigKey("quarkus.warden.scopes.admin.implies", "orders:read,orders:write");
        WardenTestIdentityProvider.configFor(Map.of(WardenTestIdentityProvider.PORT, Integer.toString(PORT)))
                .forEach(app::overrideConfigKey);
        return app;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
