package io.mcpwarden.deployment.test.auth;

import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;

class OpaqueTokenIntrospectionTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(EchoTools.class)
            .overrideConfigKey("quarkus.oidc.client-id", "warden")
            .overrideConfigKey("quarkus.oidc.credentials.secret", "warden-secret");

    @io.mcpwarden.auth.RequiresScopes("orders:read")
    static class EchoTools {

        @jakarta.inject.Inject
        io.quarkus.security.identity.SecurityIdentity identity;

        @io.mcpwarden.Tool
        String whoAmI(io.mcpwarden.auth.Caller caller) {
            return caller.subject() + "|" + caller.clientId() + "|" + String.join(",", caller.grantedScopes()) + "|"
                    + identity.getPrincipal().getName();
        }
    }

    private static String opaque(String audience, long expiresAt, String scope) {
        TestIdentityServer idp = TestIdentityServer.get();
        return idp.issueOpaqueToken("{\"sub\":\"olga\",\"client_id\":\"cli\",\"iss\":\"" + idp.issuer()
                + "\",\"aud\":\"" + audience + "\",\"exp\":" + expiresAt + ",\"scope\":\"" + scope + "\"}");
    }

    @Test
    void introspectedTokenIsAcceptedWithItsClaims() {
        String token = opaque(AuthApps.RESOURCE, Instant.now().plusSeconds(300).getEpochSecond(), "orders:read");
        AuthHttp.callTool(token, AuthHttp.openSession(token), "whoAmI", "{}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("olga|cli|orders:read|olga"));
    }

    @Test
    void introspectedTokenFollowsTheSameAudienceAndScopeRules() {
        String foreign = opaque("https://other.example/mcp", Instant.now().plusSeconds(300).getEpochSecond(),
                "orders:read");
        McpHttp.post().header("Authorization", "Bearer " + foreign).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then().statusCode(401);
        String unknown = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
        McpHttp.post().header("Authorization", "Bearer " + unknown).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then().statusCode(401);
        String noScope = opaque(AuthApps.RESOURCE, Instant.now().plusSeconds(300).getEpochSecond(), "profile");
        AuthHttp.callTool(noScope, AuthHttp.openSession(noScope), "whoAmI", "{}").then().statusCode(403);
    }
}
