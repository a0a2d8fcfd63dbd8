package io.mcpwarden.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ParameterResolutionException;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The token {@link McpCaller} describes: each attribute becomes the claim it names, signed by the test identity
 * provider.
 */
class McpCallerTokenTest {

    private static final String RESOURCE = "http://127.0.0.1:8080/mcp";

    @McpCaller(audience = RESOURCE, subject = "carol", clientId = "support-bot", scopes = { "orders:read",
            "orders:write" }, acr = "mfa", authenticatedSecondsAgo = 60, expiresInSeconds = 120, claims = {
                    @McpCaller.Claim(name = "email", value = "carol@example.com"),
                    @McpCaller.Claim(name = "email_verified", json = "true"),
                    @McpCaller.Claim(name = "tier", value = "42"),
                    @McpCaller.Claim(name = "realm_access", json = "{\"roles\": [\"support\", \"pii\"]}") })
    void fullyDescribed() {
    }

    @McpCaller(audience = RESOURCE)
    void byDefault() {
    }

    @McpCaller(audience = RESOURCE, claims = @McpCaller.Claim(name = "both", value = "a", json = "\"a\""))
    void claimWithBothValueAndJson() {
    }

    @McpCaller(audience = RESOURCE, claims = @McpCaller.Claim(name = "neither"))
    void claimWithNeither() {
    }

    @McpCaller(audience = RESOURCE, claims = @McpCaller.Claim(name = "broken", json = "{roles"))
    void claimWithBrokenJson() {
    }

    @Test
    void everyAttributeBecomesItsClaim() throws Exception {
        Map<String, Object> claims = claimsOf(McpCallerExtension.token(caller("fullyDescribed")));
        long now = System.currentTimeMillis() / 1000;

        assertThat(claims.get("aud")).isIn(RESOURCE, List.of(RESOURCE));
        assertThat(claims).containsEntry("sub", "carol")
                .containsEntry("client_id", "support-bot")
                .containsEntry("scope", "orders:read orders:write")
                .containsEntry("acr", "mfa")
                .containsEntry("iss", TestIdentityServer.get().issuer())
                .containsEntry("email", "carol@example.com")
                .containsEntry("email_verified", true)
                .containsEntry("tier", "42")
                .containsEntry("realm_access", Map.of("roles", List.of("support", "pii")));
        assertThat(((Number) claims.get("auth_time")).longValue()).isBetween(now - 65, now - 55);
        assertThat(((Number) claims.get("exp")).longValue()).isBetween(now + 115, now + 125);
    }

    @Test
    void defaultsAreTheTestKitsDefaultCallerWithoutScopesAcrOrAuthTime() throws Exception {
        Map<String, Object> claims = claimsOf(McpCallerExtension.token(caller("byDefault")));

        assertThat(claims).containsEntry("sub", "alice").containsEntry("client_id", "test-client")
                .doesNotContainKeys("scope", "acr", "auth_time");
    }

    @Test
    void aClaimNeedsExactlyOneOfValueAndValidJson() {
        assertThatThrownBy(() -> McpCallerExtension.token(caller("claimWithBothValueAndJson")))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@McpCaller.Claim \"both\" needs exactly one of value (a string) and json (a JSON value)");
        assertThatThrownBy(() -> McpCallerExtension.token(caller("claimWithNeither")))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@McpCaller.Claim \"neither\" needs exactly one of value (a string) and json (a JSON value)");
        assertThatThrownBy(() -> McpCallerExtension.token(caller("claimWithBrokenJson")))
                .isInstanceOf(ParameterResolutionException.class)
                .hasMessage("@McpCaller.Claim \"broken\" has json that is not valid JSON: {roles");
    }

    private static McpCaller caller(String method) throws NoSuchMethodException {
        return McpCallerTokenTest.class.getDeclaredMethod(method).getAnnotation(McpCaller.class);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(String jwt) throws Exception {
        String payload = jwt.split("\\.")[1];
        return new ObjectMapper().readValue(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8),
                Map.class);
    }
}
