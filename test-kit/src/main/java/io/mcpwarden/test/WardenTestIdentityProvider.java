package io.mcpwarden.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Secures the application under test with a real identity provider: starts the {@link TestIdentityServer} and
 * configures the application to verify bearer tokens against it, with authentication on.
 *
 * <pre>
 * {
 *     &#64;code
 *     &#64;QuarkusTest
 *     &#64;QuarkusTestResource(value = WardenTestIdentityProvider.class, restrictToAnnotatedClass = true)
 *     class SecuredToolsTest {
 *         @Test
 *         void readerCanFindOrders() {
 *             McpTestClient.as(TestTokens.withScopes("orders:read")).initialize()
 *                     .callTool("find_order", Map.of("orderId", "ORD-1")).assertSuccess();
 *         }
 *     }
 * }
 * </pre>
 *
 * The configuration it returns (which overrides {@code application.properties} for the test):
 * <ul>
 * <li>{@code quarkus.oidc.auth-server-url}: the test identity provider's issuer; {@code quarkus.oidc.tenant-enabled}
 * {@code true}; {@code quarkus.oidc.devservices.enabled} {@code false};
 * {@code quarkus.oidc.token.forced-jwk-refresh-interval} {@code 0S} (a new key is fetched at once);</li>
 * <li>{@code quarkus.warden.auth.enabled} {@code true};</li>
 * <li>{@code quarkus.http.test-port}: a free loopback port, because the resource URI must name the port;</li>
 * <li>{@code quarkus.warden.resource}: {@code http://127.0.0.1:<port>/mcp}, the audience of test tokens.</li>
 * </ul>
 * Init args (with {@code initArgs = @ResourceArg(name = "port", value = "8091")}) fix these instead:
 * {@value #PORT}, the test port; {@value #RESOURCE}, the resource URI; {@value #PATH}, the MCP endpoint path when
 * {@code quarkus.warden.path} is not {@code /mcp}.
 * <p>
 * The identity provider is shared by the whole test JVM and stops with it; {@link #stop()} does nothing.
 */
public final class WardenTestIdentityProvider implements QuarkusTestResourceLifecycleManager {

    /**
     * Init arg: the HTTP port of the application under test ({@code quarkus.http.test-port}).
     */
    public static final String PORT = "port";
    /**
     * Init arg: the resource URI of the application under test ({@code quarkus.warden.resource}).
     */
    public static final String RESOURCE = "resource";
    /**
     * Init arg: the path of the MCP endpoint, used in the default resource URI (default {@code /mcp}).
     */
    public static final String PATH = "path";

    private Map<String, String> args = Map.of();

    @Override
    public void init(Map<String, String> initArgs) {
        this.args = Map.copyOf(initArgs);
    }

    @Override
    public Map<String, String> start() {
        return configFor(args);
    }

    @Override
    public void stop() {
        // The identity provider serves the whole JVM: other test classes may still use it.
    }

    /**
     * The configuration that points an application at the test identity provider, for test harnesses that take
     * configuration directly rather than through a test resource (such as {@code QuarkusUnitTest}). Takes the same
     * arguments as the init args.
     */
    public static Map<String, String> configFor(Map<String, String> args) {
        TestIdentityServer idp = TestIdentityServer.get();
        String port = args.containsKey(PORT) ? args.get(PORT) : Integer.toString(freeLoopbackPort());
        String resource = args.getOrDefault(RESOURCE, "http://127.0.0.1:" + port + args.getOrDefault(PATH, "/mcp"));
        idp.resource(resource);
        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.oidc.auth-server-url", idp.issuer());
        config.put("quarkus.oidc.tenant-enabled", "true");
        config.put("quarkus.oidc.devservices.enabled", "false");
        config.put("quarkus.oidc.token.forced-jwk-refresh-interval", "0S");
        config.put("quarkus.http.test-port", port);
        config.put("quarkus.warden.auth.enabled", "true");
        config.put("quarkus.warden.resource", resource);
        return config;
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the application under test", e);
        }
    }
}
