package io.mcpwarden.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A machine client gets a token with {@code client_credentials} and calls tools as its Keycloak service account.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class ServiceClientTest {

    @Test
    void clientCredentialsTokenCallsToolsAsTheServiceAccount() {
        String token = KeycloakTokens.clientToken(Users.SERVICE_CLIENT, Users.SERVICE_SECRET, "mcp:tools");
        McpTestClient service = McpTestClient.as(token).initialize();

        assertThat(service.listTools()).containsExactly("list_tickets", "whoami");
        Map<String, Object> whoami = service.callTool("whoami", Map.of()).assertSuccess().structuredContent();
        assertThat(whoami).containsEntry("username", "service-account-svc")
                .containsEntry("clientId", Users.SERVICE_CLIENT)
                .containsEntry("scopes", List.of("mcp:tools", "profile"));
    }
}
