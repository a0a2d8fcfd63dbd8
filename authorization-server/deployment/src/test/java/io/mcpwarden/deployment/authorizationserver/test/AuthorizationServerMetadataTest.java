package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.QuarkusUnitTest;

/**
 * The discovery documents: RFC 8414 metadata, the JWKS, and the protected-resource metadata naming the embedded
 * issuer.
 */
class AuthorizationServerMetadataTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("metadata");

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @Test
    void metadataListsEveryEndpointAndCapability() throws Exception {
        OAuthFlow.Reply reply = oauth.get("/.well-known/oauth-authorization-server");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.header("Content-Type")).isEqualTo("application/json");
        String o = AuthorizationServerApps.ORIGIN;
        assertThat(reply.json()).isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"issuer":"%1$s","authorization_endpoint":"%1$s/oauth/authorize","token_endpoint":"%1$s/oauth/token",
                 "jwks_uri":"%1$s/oauth/jwks","registration_endpoint":"%1$s/oauth/register",
                 "revocation_endpoint":"%1$s/oauth/revoke","scopes_supported":["orders:read","orders:write"],
                 "response_types_supported":["code"],"response_modes_supported":["query"],
                 "grant_types_supported":["authorization_code","refresh_token"],
                 "token_endpoint_auth_methods_supported":["none","client_secret_basic","client_secret_post"],
                 "revocation_endpoint_auth_methods_supported":["none","client_secret_basic","client_secret_post"],
                 "code_challenge_methods_supported":["S256"],
                 "authorization_response_iss_parameter_supported":true,
                 "client_id_metadata_document_supported":true}
                """.formatted(o)));
    }

    @Test
    void jwksPublishesTheEs256KeyWithoutItsPrivatePart() {
        OAuthFlow.Reply reply = oauth.get("/oauth/jwks");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode keys = reply.json().path("keys");
        assertThat(keys).hasSize(1);
        JsonNode key = keys.get(0);
        assertThat(key.path("kty").asText()).isEqualTo("EC");
        assertThat(key.path("crv").asText()).isEqualTo("P-256");
        assertThat(key.path("alg").asText()).isEqualTo("ES256");
        assertThat(key.path("use").asText()).isEqualTo("sig");
        assertThat(key.path("kid").asText()).isNotEmpty();
        assertThat(key.has("d")).as("private part").isFalse();
    }

    @Test
    void browserClientsMayRegisterAndRedeemFromTheirOwnOrigin() {
        OAuthFlow.Reply preflight = oauth.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(AuthorizationServerApps.ORIGIN + "/oauth/register"))
                .header("Origin", "http://localhost:6274").header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers"))
                .isEqualTo("Authorization, Content-Type, MCP-Protocol-Version");
        OAuthFlow.Reply token = oauth.token(java.util.Map.of("grant_type", "refresh_token", "refresh_token", "x",
                "client_id", "nobody"));
        assertThat(token.header("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @Test
    void browserClientsMayReadTheMetadataAndKeysWithTheProtocolVersionHeader() {
        for (String path : new String[] { "/.well-known/oauth-authorization-server", "/oauth/jwks" }) {
            OAuthFlow.Reply preflight = oauth.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(AuthorizationServerApps.ORIGIN + path))
                    .header("Origin", "https://app.example.com").header("Access-Control-Request-Method", "GET")
                    .header("Access-Control-Request-Headers", "mcp-protocol-version")
                    .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody()));
            assertThat(preflight.status()).as(path).isEqualTo(204);
            assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("*");
            assertThat(preflight.header("Access-Control-Allow-Methods")).isEqualTo("GET");
            assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("MCP-Protocol-Version");
            assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();
            assertThat(oauth.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(AuthorizationServerApps.ORIGIN + path))
                    .header("Origin", "https://app.example.com").header("MCP-Protocol-Version", "2025-11-25"))
                    .header("Access-Control-Allow-Origin")).isEqualTo("*");
        }
    }

    @Test
    void protectedResourceMetadataNamesTheEmbeddedIssuer() {
        OAuthFlow.Reply reply = oauth.get("/.well-known/oauth-protected-resource/mcp");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().path("resource").asText()).isEqualTo(AuthorizationServerApps.RESOURCE);
        assertThat(reply.json().path("authorization_servers")).extracting(JsonNode::asText)
                .containsExactly(AuthorizationServerApps.ORIGIN);
    }
}
