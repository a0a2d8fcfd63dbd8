package io.mcpwarden.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Keycloak starts signing with a new key while the application runs: tokens signed with it are accepted, because an
 * unknown {@code kid} makes quarkus-oidc fetch the realm's JWKS again. Nothing is restarted.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class SigningKeyRotationTest {

    @Test
    void tokensSignedWithARotatedKeyAreAcceptedWithoutRestart() {
        String before = KeycloakTokens.clientToken(Users.SERVICE_CLIENT, Users.SERVICE_SECRET, "mcp:tools");
        McpTestClient.as(before).initialize().callTool("whoami", Map.of()).assertSuccess();
        Set<String> keysBefore = KeycloakAdmin.publishedKeyIds();

        KeycloakAdmin.rotateSigningKey("rotated-at-run-time");

        String after = KeycloakTokens.clientToken(Users.SERVICE_CLIENT, Users.SERVICE_SECRET, "mcp:tools");
        String newKid = KeycloakAdmin.keyIdOf(after);
        assertThat(newKid).as("signed with the new key").isNotEqualTo(KeycloakAdmin.keyIdOf(before));
        assertThat(keysBefore).as("keys the application could have fetched before").doesNotContain(newKid);
        Map<String, Object> whoami = McpTestClient.as(after).initialize().callTool("whoami", Map.of())
                .assertSuccess().structuredContent();
        assertThat(whoami).containsEntry("clientId", Users.SERVICE_CLIENT);
    }
}
