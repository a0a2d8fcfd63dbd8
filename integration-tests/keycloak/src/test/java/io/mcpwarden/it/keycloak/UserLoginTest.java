package io.mcpwarden.it.keycloak;

import static io.mcpwarden.it.keycloak.Users.ALICE;
import static io.mcpwarden.it.keycloak.Users.ALICE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.SignedJWT;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A user logs in at Keycloak through the authorization-code flow with PKCE and calls scoped tools with the token.
 * Keycloak writes {@code aud} as an array when audience mappers add it, and as a single string when the RFC 8707
 * {@code resource} parameter sets it: both are accepted.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class UserLoginTest {

    @Test
    void userTokenFromAuthorizationCodeWithPkceCallsScopedTools() throws Exception {
        String token = KeycloakTokens.userToken(ALICE, ALICE_PASSWORD, "mcp:tools", KeycloakTokens.resource());
        assertThat(SignedJWT.parse(token).getPayload().toJSONObject().get("aud"))
                .as("aud set from the resource parameter").isEqualTo(KeycloakTokens.resource().toString());

        McpTestClient alice = McpTestClient.as(token).initialize();

        Map<String, Object> whoami = alice.callTool("whoami", Map.of()).assertSuccess().structuredContent();
        assertThat(whoami).containsEntry("username", ALICE)
                .containsEntry("clientId", KeycloakTokens.PUBLIC_CLIENT)
                .containsEntry("issuer", KeycloakTokens.issuer())
                .containsEntry("scopes", List.of("mcp:tools", "profile"));
        assertThat(alice.callTool("list_tickets", Map.of()).assertSuccess().text())
                .contains("Printer on fire", "Password expired");
    }

    @Test
    void audienceAsAnArrayFromAudienceMappersIsAccepted() throws Exception {
        String token = KeycloakTokens.userToken(ALICE, ALICE_PASSWORD, "openid mcp:tools", null);
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience())
                .containsExactlyInAnyOrder("mcp-server", KeycloakTokens.resource().toString());

        Map<String, Object> whoami = McpTestClient.as(token).initialize().callTool("whoami", Map.of())
                .assertSuccess().structuredContent();
        assertThat(whoami).containsEntry("username", ALICE)
                .containsEntry("scopes", List.of("mcp:tools", "openid", "profile"));
    }
}
