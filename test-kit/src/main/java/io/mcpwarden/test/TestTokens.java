package io.mcpwarden.test;

/**
 * Real signed access tokens for the application under test, issued by the {@link TestIdentityServer} that
 * {@link WardenTestIdentityProvider} points the application at:
 *
 * <pre>{@code
 * String reader = TestTokens.withScopes("orders:read");
 * String agent = TestTokens.token().subject("carol").clientId("support-bot").scopes("orders:read")
 *         .claim("realm_access", Map.of("roles", List.of("support"))).acr("mfa").authTime(Instant.now()).sign();
 * }</pre>
 */
public final class TestTokens {

    private TestTokens() {
    }

    /**
     * Starts a token for the default caller ({@code alice}, client {@code test-client}, no scopes), audience the
     * application's resource URI; finish with {@link TestTokenBuilder#sign()}.
     */
    public static TestTokenBuilder token() {
        return TestIdentityServer.get().token();
    }

    /**
     * A signed token for the default caller that grants these scopes.
     */
    public static String withScopes(String... scopes) {
        return token().scopes(scopes).sign();
    }
}
