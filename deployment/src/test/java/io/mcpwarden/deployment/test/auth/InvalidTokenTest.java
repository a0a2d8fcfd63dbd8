package io.mcpwarden.deployment.test.auth;

import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class InvalidTokenTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(ScopedOnlyTools.class);

    private static final String CHALLENGE = "Bearer error=\"invalid_token\", resource_metadata=\""
            + AuthApps.METADATA_URL + "\", scope=\"admin orders:export orders:read orders:write\"";

    @Test
    void everyForgedOrMistargetedTokenIs401InvalidToken() {
        TestIdentityServer idp = TestIdentityServer.get();
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("expired", idp.token().expiresAt(Instant.now().minusSeconds(120)).sign());
        tokens.put("not yet valid", idp.token().notBefore(Instant.now().plusSeconds(600)).sign());
        tokens.put("wrong issuer", idp.token().issuer("http://127.0.0.1:1/realms/other").sign());
        tokens.put("wrong audience", idp.token().audience(AuthApps.ORIGIN + "/other").sign());
        tokens.put("audience of another server", idp.token().audience("https://mcp.example.com/mcp").sign());
        tokens.put("unsigned", idp.token().unsigned());
        tokens.put("hmac with public key", idp.token().hmacWithPublicKey());
        tokens.put("foreign key", idp.token().signWithForeignKey());
        tokens.put("unknown kid", idp.token().kid("no-such-key").signWithForeignKey());
        tokens.put("encrypted (JWE)", "eyJhbGciOiJSU0EtT0FFUCIsImVuYyI6IkEyNTZHQ00ifQ.a2V5.aXY.Y2lwaGVy.dGFn");
        tokens.put("garbage", "not-a-token");
        tokens.put("not b64token syntax: padding inside", "abc=def");
        tokens.put("not b64token syntax: quote", "abc\"def");
        tokens.put("not b64token syntax: only padding", "===");
        tokens.put("truncated", idp.token().sign().substring(0, 40));
        tokens.forEach((name, token) -> McpHttp.post().header("Authorization", "Bearer " + token)
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", equalTo(CHALLENGE))
                .body("error.message", equalTo("Unauthorized: the bearer token is not valid for this server")));
    }

    @Test
    void validTokenIsAccepted() {
        String token = TestTokens.token().scopes("orders:read").sign();
        AuthHttp.post(token).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(200);
    }
}
