package io.mcpwarden.demo;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.mcpwarden.test.McpCaller;
import io.mcpwarden.test.McpTestClient;
import io.mcpwarden.test.TestIdentityServer;
import io.mcpwarden.test.TestTokens;
import io.mcpwarden.test.WardenTestIdentityProvider;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The order desk with authentication on, as in production: real signed tokens from the test kit's identity provider,
 * verified by the demo through quarkus-oidc. Restricted to this class, so the other demo tests keep auth off.
 */
@QuarkusTest
@QuarkusTestResource(value = WardenTestIdentityProvider.class, restrictToAnnotatedClass = true)
class SecuredOrderDeskTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    private String metadataUrl() {
        return "http://127.0.0.1:" + port + "/.well-known/oauth-protected-resource/mcp";
    }

    @Test
    void readerSeesAndCallsOnlyTheReadingTools() {
        McpTestClient reader = McpTestClient.as(TestTokens.withScopes("orders:read")).initialize();

        assertThat(reader.listTools()).containsExactly("find_order", "list_orders");
        assertThat(reader.callTool("find_order", Map.of("orderId", "ORD-1002")).assertSuccess().structuredContent())
                .containsEntry("customer", "Grace Hopper").containsEntry("status", "SHIPPED");
        assertThat(reader.callTool("list_orders", Map.of("limit", 2)).assertSuccess().structuredContent())
                .containsEntry("matching", 6);
    }

    @Test
    void readerCallingCancelOrderGets403NamingTheScopesToAskFor() {
        McpTestClient reader = McpTestClient.as(TestTokens.withScopes("orders:read")).initialize();

        reader.callTool("cancel_order", Map.of("orderId", "ORD-1004", "reason", "Changed my mind"))
                .assertForbidden()
                .assertChallenge("Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write\", "
                        + "resource_metadata=\"" + metadataUrl() + "\"");
    }

    @Test
    void adminScopeImpliesReadAndWriteAndCancelsAnOrder() {
        McpTestClient admin = McpTestClient.as(TestTokens.token().subject("dana").scopes("admin").sign())
                .initialize();

        assertThat(admin.listTools()).containsExactly("cancel_order", "find_order", "list_orders", "place_order");
        assertThat(admin.callTool("cancel_order", Map.of("orderId", "ORD-1003", "reason", "Found it cheaper"))
                .assertSuccess().structuredContent())
                .containsEntry("status", "CANCELLED").containsEntry("cancellationReason", "Found it cheaper");
        admin.callTool("cancel_order", Map.of("orderId", "ORD-1003", "reason", "Again"))
                .assertToolError("Order ORD-1003 is already cancelled.");
    }

    @Test
    @McpCaller(subject = "carol", clientId = "support-bot", scopes = "orders:read")
    void callerDeclaredByAnnotationGetsAnInitializedSessionWithItsToken(McpTestClient reader) {
        assertThat(reader.sessionId()).isNotBlank();
        assertThat(reader.listTools()).containsExactly("find_order", "list_orders");
        reader.callTool("place_order", Map.of("customer", "Carol", "items",
                List.of(Map.of("sku", "KB-101", "quantity", 1))))
                .assertForbidden()
                .assertChallenge("Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write\", "
                        + "resource_metadata=\"" + metadataUrl() + "\"");
    }

    @Test
    void oneTestSpeaksAsSeveralCallersEachWithItsOwnSession(@McpCaller(scopes = "orders:read") McpTestClient reader,
            @McpCaller(subject = "dana", scopes = "admin") McpTestClient admin,
            @McpCaller(anonymous = true, initialize = false) McpTestClient stranger) {
        assertThat(reader.sessionId()).isNotEqualTo(admin.sessionId());
        assertThat(reader.listTools()).containsExactly("find_order", "list_orders");
        assertThat(admin.listTools()).containsExactly("cancel_order", "find_order", "list_orders", "place_order");
        stranger.attemptInitialize().assertUnauthorized();
    }

    @Test
    void requestWithoutTokenGets401WithTheChallenge() {
        McpTestClient.anonymous().attemptInitialize()
                .assertUnauthorized()
                .assertChallenge("Bearer resource_metadata=\"" + metadataUrl()
                        + "\", scope=\"admin orders:read orders:write\"");
    }

    @Test
    void protectedResourceMetadataNamesTheIdentityProviderAndTheScopes() {
        given().get("/.well-known/oauth-protected-resource/mcp").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("resource", equalTo("http://127.0.0.1:" + port + "/mcp"))
                .body("authorization_servers", contains(TestIdentityServer.get().issuer()))
                .body("scopes_supported", contains("admin", "orders:read", "orders:write"))
                .body("bearer_methods_supported", contains("header"));
    }
}
