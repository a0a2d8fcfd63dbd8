package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.test.QuarkusUnitTest;

/**
 * Dynamic Client Registration under its policy: what is accepted, what is refused (each with its RFC 7591 error and
 * a description naming the rule), and a confidential client authenticating with its secret. This application signs
 * with RS256 and allows one https redirect host.
 */
class DynamicClientRegistrationTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("registration")
            .overrideConfigKey("quarkus.warden.authorization-server.registration.allowed-redirect-hosts",
                    "app.example.com")
            .overrideConfigKey("quarkus.warden.authorization-server.signing.algorithm", "RS256");

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private void assertRefused(String json, String error, String description) {
        OAuthFlow.Reply reply = oauth.register(json);
        assertThat(reply.status()).as(reply.body()).isEqualTo(400);
        assertThat(reply.json().path("error").asText()).isEqualTo(error);
        assertThat(reply.json().path("error_description").asText()).isEqualTo(description);
    }

    @Test
    void loopbackAndAllowedHttpsRedirectsAreAcceptedAndScopesCappedToDeclaredOnes() {
        OAuthFlow.Reply reply = oauth.register("""
                {"client_name":"Desk agent","redirect_uris":["http://localhost:9/cb","http://[::1]:8/cb",
                "https://app.example.com/cb"],"token_endpoint_auth_method":"none",
                "grant_types":["authorization_code","refresh_token"],"scope":"orders:read payroll"}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        assertThat(reply.header("Cache-Control")).isEqualTo("no-store");
        JsonNode client = reply.json();
        assertThat(client.path("client_id").asText()).isNotEmpty();
        assertThat(client.has("client_secret")).isFalse();
        assertThat(client.path("scope").asText()).isEqualTo("orders:read");
        assertThat(client.path("client_name").asText()).isEqualTo("Desk agent");
        assertThat(client.path("redirect_uris")).hasSize(3);
    }

    @Test
    void plainHttpOnANonLoopbackHostIsRefused() {
        assertRefused("{\"redirect_uris\":[\"http://app.example.com/cb\"]}", "invalid_redirect_uri",
                "Redirect URI http://app.example.com/cb refused: only loopback addresses (http://127.0.0.1, "
                        + "http://[::1], http://localhost on any port) and https URLs on the hosts this server "
                        + "allows (app.example.com) are accepted.");
    }

    @Test
    void httpsOnAHostNotAllowedIsRefused() {
        assertRefused("{\"redirect_uris\":[\"https://evil.example.net/cb\"]}", "invalid_redirect_uri",
                "Redirect URI https://evil.example.net/cb refused: only loopback addresses (http://127.0.0.1, "
                        + "http://[::1], http://localhost on any port) and https URLs on the hosts this server "
                        + "allows (app.example.com) are accepted.");
    }

    @Test
    void aRedirectUriWithAFragmentIsRefused() {
        assertRefused("{\"redirect_uris\":[\"http://127.0.0.1:5/cb#x\"]}", "invalid_redirect_uri",
                "Redirect URI http://127.0.0.1:5/cb#x refused: it must not have a fragment.");
    }

    @Test
    void missingRedirectUrisAreRefused() {
        assertRefused("{\"client_name\":\"x\"}", "invalid_redirect_uri",
                "Redirect URI (none) refused: redirect_uris must list at least one URI.");
    }

    @Test
    void anUnsupportedGrantTypeIsRefused() {
        assertRefused("{\"redirect_uris\":[\"http://127.0.0.1:5/cb\"],\"grant_types\":[\"client_credentials\"]}",
                "invalid_client_metadata",
                "grant_types may hold authorization_code and refresh_token only, not client_credentials.");
    }

    @Test
    void anImplicitResponseTypeIsRefused() {
        assertRefused("{\"redirect_uris\":[\"http://127.0.0.1:5/cb\"],\"response_types\":[\"token\"]}",
                "invalid_client_metadata", "response_types may only be [\"code\"].");
    }

    @Test
    void anAuthMethodNotAllowedIsRefused() {
        assertRefused("{\"redirect_uris\":[\"http://127.0.0.1:5/cb\"],"
                + "\"token_endpoint_auth_method\":\"private_key_jwt\"}", "invalid_client_metadata",
                "token_endpoint_auth_method private_key_jwt is not allowed here; use one of none, "
                        + "client_secret_basic, client_secret_post.");
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsRefused() {
        assertRefused("[1,2]", "invalid_client_metadata", "The request body is not a JSON object.");
    }

    @Test
    void aConfidentialClientGetsASecretAndMustUseIt() {
        JsonNode client = oauth.register("{\"client_name\":\"Backend\",\"redirect_uris\":[\""
                + OAuthFlow.REDIRECT_URI + "\"]}").json();
        assertThat(client.path("token_endpoint_auth_method").asText()).isEqualTo("client_secret_basic");
        String clientId = client.path("client_id").asText();
        String secret = client.path("client_secret").asText();
        assertThat(secret).hasSize(43);
        assertThat(client.path("grant_types")).extracting(JsonNode::asText).containsExactly("authorization_code");

        Map<String, String> redirect = oauth.authorizeAndConsent(clientId, "orders:read", "orders:read");
        String form = OAuthFlow.form(Map.of("grant_type", "authorization_code", "code", redirect.get("code"),
                "redirect_uri", OAuthFlow.REDIRECT_URI, "code_verifier", redirect.get("verifier")));
        OAuthFlow.Reply withoutSecret = oauth.token(Map.of("grant_type", "authorization_code", "code",
                redirect.get("code"), "redirect_uri", OAuthFlow.REDIRECT_URI, "code_verifier",
                redirect.get("verifier"), "client_id", clientId));
        assertThat(withoutSecret.status()).isEqualTo(401);
        assertThat(withoutSecret.header("WWW-Authenticate")).isEqualTo("Basic realm=\"oauth\"");

        Map<String, String> second = oauth.authorizeAndConsent(clientId, "orders:read");
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        OAuthFlow.Reply tokens = oauth.send(HttpRequest.newBuilder(URI.create(AuthorizationServerApps.ORIGIN
                + "/oauth/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(OAuthFlow.form(Map.of("grant_type", "authorization_code",
                        "code", second.get("code"), "redirect_uri", OAuthFlow.REDIRECT_URI, "code_verifier",
                        second.get("verifier"))))));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        assertThat(tokens.json().has("refresh_token")).as("no refresh_token grant registered").isFalse();
        String accessToken = tokens.json().path("access_token").asText();
        assertThat(OAuthFlow.header(accessToken)).containsEntry("alg", "RS256").containsEntry("typ", "at+jwt");
        assertThat(form).isNotEmpty();
        assertThat(List.of(io.mcpwarden.test.McpTestClient.as(accessToken).initialize().listTools()))
                .containsExactly(List.of("find_order"));
    }
}
