package io.mcpwarden.it.keycloak;

import static io.mcpwarden.it.keycloak.Users.ALICE;
import static io.mcpwarden.it.keycloak.Users.ALICE_PASSWORD;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpResponse;
import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A tool that needs a scope the token lacks answers 403 with the step-up challenge; the user logs in again asking
 * Keycloak for exactly the scopes the challenge names, and the new token succeeds and sees more tools.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class StepUpTest {

    @Test
    void missingScopeGets403ChallengeAndTheTokenItAsksForSucceeds() {
        String basic = KeycloakTokens.userToken(ALICE, ALICE_PASSWORD, "mcp:tools", KeycloakTokens.resource());
        McpTestClient first = McpTestClient.as(basic).initialize();
        assertThat(first.listTools()).containsExactly("list_tickets", "read_audit_log", "whoami");

        McpResponse refused = first.callTool("close_ticket", Map.of("ticketId", "T-2"))
                .assertForbidden()
                .assertChallenge(Challenges.insufficientScope("mcp:tools mcp:admin profile"));

        String challenged = scopeOf(refused.header("WWW-Authenticate"));
        String stepped = KeycloakTokens.userToken(ALICE, ALICE_PASSWORD, challenged, KeycloakTokens.resource());
        McpTestClient second = McpTestClient.as(stepped).initialize();
        assertThat(second.listTools()).containsExactly("close_ticket", "list_tickets", "read_audit_log", "whoami");
        assertThat(second.callTool("close_ticket", Map.of("ticketId", "T-2")).assertSuccess().structuredContent())
                .containsEntry("id", "T-2").containsEntry("open", false);
    }

    private static String scopeOf(String challenge) {
        int start = challenge.indexOf("scope=\"") + "scope=\"".length();
        return challenge.substring(start, challenge.indexOf('"', start));
    }
}
