package io.mcpwarden.deployment.test.auth;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A test application secured by the test identity provider, with the scopes of {@link OrderTools} declared.
 */
final class AuthApps {

    static final String METADATA_URL = "http://127.0.0.1:8091/.well-known/oauth-protected-resource/mcp";

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
    static QuarkusUnitTest secured(Class<?>... toolClasses) {
        return new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addClasses(toolClasses).addClasses(McpHttp.class,
                        TestIdentityProvider.class,
                        TestTokens.class, TestTokens.Builder.class, AuthHttp.class, AuthApps.class))
                .overrideConfigKey("quarkus.http.test-port", "8091")
                .overrideConfigKey("quarkus.oidc.auth-server-url", TestIdentityProvider.get().issuer())
                .overrideConfigKey("quarkus.oidc.devservices.enabled", "false")
                .overrideConfigKey("quarkus.oidc.token.forced-jwk-refresh-interval", "0S")
                .overrideConfigKey("quarkus.warden.resource", TestTokens.RESOURCE)
                .overrideConfigKey("quarkus.warden.auth.resource-name", "Order desk")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:read\".description", "Read orders")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:write\".description", "Change orders")
                .overrideConfigKey("quarkus.warden.scopes.\"orders:export\".description", "Export orders")
                .overrideConfigKey("quarkus.warden.scopes.admin.description", "Everything")
                .overrideConfigKey("quarkus.warden.scopes.admin.implies", "orders:read,orders:write");
    }
}
