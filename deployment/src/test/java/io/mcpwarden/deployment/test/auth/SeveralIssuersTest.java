package io.mcpwarden.deployment.test.auth;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Two quarkus-oidc tenants, one per issuer; quarkus-oidc picks the tenant from the token's issuer.
 */
class SeveralIssuersTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(ScopedOnlyTools.class)
            .overrideConfigKey("quarkus.oidc.resolve-tenants-with-issuer", "true")
            .overrideConfigKey("quarkus.oidc.partner.auth-server-url", TestIdentityServer.get().issuer("partner"))
            .overrideConfigKey("quarkus.oidc.partner.application-type", "service")
            .overrideConfigKey("quarkus.warden.auth.authorization-servers",
                    TestIdentityServer.get().issuer() + "," + TestIdentityServer.get().issuer("partner"));

    @Test
    void tokensOfEitherIssuerAreAcceptedAndOthersRefused() {
        String ours = TestTokens.token().scopes("orders:read").sign();
        String partners = TestTokens.token().issuer(TestIdentityServer.get().issuer("partner")).scopes("orders:read")
                .sign();
        String stranger = TestTokens.token().issuer(TestIdentityServer.get().issuer("stranger")).scopes("orders:read")
                .sign();
        AuthHttp.callTool(ours, AuthHttp.openSession(ours), "findOrder", "{\"id\":\"1\"}").then().statusCode(200);
        AuthHttp.callTool(partners, AuthHttp.openSession(partners), "findOrder", "{\"id\":\"2\"}").then()
                .statusCode(200).body("result.content[0].text", equalTo("order 2"));
        McpHttp.post().header("Authorization", "Bearer " + stranger).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then().statusCode(401);
    }

    @Test
    void sessionsAreBoundToTheIssuerToo() {
        String ours = TestTokens.token().subject("sam").scopes("orders:read").sign();
        String partners = TestTokens.token().subject("sam").issuer(TestIdentityServer.get().issuer("partner"))
                .scopes("orders:read").sign();
        String session = AuthHttp.openSession(ours);
        AuthHttp.request(partners, session, "ping", "{}").then().statusCode(404);
    }
}
