package io.mcpwarden.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * {@code read_audit_log} requires the Keycloak realm role {@code auditor} in {@code realm_access.roles}: alice has it,
 * bob has none.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class RealmRoleClaimTest {

    @Test
    void userWithTheRealmRoleSeesAndCallsTheTool() {
        McpTestClient alice = McpTestClient.as(
                KeycloakTokens.userToken(Users.ALICE, Users.ALICE_PASSWORD, "mcp:tools", KeycloakTokens.resource()))
                .initialize();

        assertThat(alice.listTools()).contains("read_audit_log");
        assertThat(alice.callTool("read_audit_log", Map.of()).assertSuccess().text())
                .isEqualTo("No incidents recorded.");
    }

    @Test
    void userWithoutTheRealmRoleNeitherSeesNorCallsTheTool() {
        McpTestClient bob = McpTestClient.as(
                KeycloakTokens.userToken(Users.BOB, Users.BOB_PASSWORD, "mcp:tools", KeycloakTokens.resource()))
                .initialize();

        assertThat(bob.listTools()).containsExactly("list_tickets", "whoami");
        var refused = bob.callTool("read_audit_log", Map.of()).assertForbidden().assertChallenge(null);
        assertThat(refused.errorMessage()).isEqualTo("Forbidden: the caller does not meet this tool's requirements");
    }
}
