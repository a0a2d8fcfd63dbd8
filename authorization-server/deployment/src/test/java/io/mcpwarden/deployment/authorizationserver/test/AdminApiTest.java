package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.test.McpTestClient;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.QuarkusUnitTest;

/**
 * The admin API over real HTTP, with tokens of this server verified by the MCP endpoint's own path: alice is an
 * operator (she may be granted {@code warden:admin}), bob is not.
 */
class AdminApiTest {

    private static final String ADMIN = "warden:admin";
    static final MetadataDocumentServer DOCUMENTS = MetadataDocumentServer.start();

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("admin")
            .withApplicationRoot(AuthorizationServerApps.root(AdminEvents.class))
            .overrideConfigKey("quarkus.warden.scopes.\"warden:admin\".description", "Administer this server")
            .overrideConfigKey("quarkus.warden.authorization-server.admin.enabled", "true")
            .overrideConfigKey("quarkus.warden.authorization-server.admin.users", "alice")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.allow-private-addresses",
                    "true")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.trusted-certificates",
                    MetadataDocumentServer.TRUSTED_CERTIFICATE.toString())
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.connect-timeout", "8S")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.fetch-timeout", "8S")
            .overrideConfigKey("quarkus.warden.authorization-server.users.bob.password-hash",
                    BcryptUtil.bcryptHash(AuthorizationServerApps.PASSWORD, 4));

    @Inject
    AdminEvents events;

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private String registerClient() {
        OAuthFlow.Reply registration = oauth.registerPublicClient("orders:read " + ADMIN);
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        return registration.json().path("client_id").asText();
    }

    /** Tokens for alice and the client, granting the given scopes. */
    private JsonNode tokens(String clientId, String scope) {
        OAuthFlow.Reply tokens = oauth.exchange(clientId, oauth.authorizeAndConsent(clientId, scope,
                scope.split(" ")));
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        return tokens.json();
    }

    private String adminToken() {
        return tokens(registerClient(), ADMIN).path("access_token").asText();
    }

    private OAuthFlow.Reply admin(String method, String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(AuthorizationServerApps.ORIGIN + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return oauth.send(request);
    }

    private static String encoded(String value) {
        return OAuthFlow.encode(value);
    }

    private JsonNode listed(String adminToken, String clientId) {
        OAuthFlow.Reply list = admin("GET", "/oauth/admin/clients", adminToken);
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.header("Content-Type")).isEqualTo("application/json");
        for (JsonNode client : list.json().path("clients")) {
            if (client.path("client_id").asText().equals(clientId)) {
                return client;
            }
        }
        return null;
    }

    @Test
    void withoutATokenTheAnswerIs401AndWithoutTheAdminScope403() {
        OAuthFlow.Reply missing = admin("GET", "/oauth/admin/clients", null);
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.header("WWW-Authenticate")).startsWith("Bearer resource_metadata=\"");
        assertThat(missing.json().toString()).isEqualTo("{\"error\":\"invalid_token\",\"error_description\":"
                + "\"The admin API needs a bearer token granting the scope warden:admin.\"}");
        assertThat(events.last().type()).isEqualTo(Type.ADMIN_REQUEST_REFUSED);

        OAuthFlow.Reply forged = admin("GET", "/oauth/admin/clients", "eyJhbGciOiJFUzI1NiJ9.e30.c2ln");
        assertThat(forged.status()).isEqualTo(401);
        assertThat(forged.header("WWW-Authenticate")).startsWith("Bearer error=\"invalid_token\"");
        assertThat(forged.json().toString()).isEqualTo("{\"error\":\"invalid_token\",\"error_description\":"
                + "\"The bearer token is not valid for this server.\"}");

        String reader = tokens(registerClient(), "orders:read").path("access_token").asText();
        OAuthFlow.Reply forbidden = admin("GET", "/oauth/admin/clients", reader);
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.header("WWW-Authenticate")).startsWith("Bearer error=\"insufficient_scope\", "
                + "scope=\"warden:admin\"");
        assertThat(forbidden.json().toString()).isEqualTo("{\"error\":\"insufficient_scope\",\"error_description\":"
                + "\"The admin API needs the scope warden:admin, which this token does not grant.\"}");
        AuthorizationServerEvent refused = events.last();
        assertThat(refused.type()).isEqualTo(Type.ADMIN_REQUEST_REFUSED);
        assertThat(refused.reason()).isEqualTo("insufficient_scope: GET /oauth/admin/clients");
    }

    @Test
    void theAdminScopeIsNeverGrantedToAUserWhoIsNotAnOperator() {
        String clientId = registerClient();
        OAuthFlow.Attempt attempt = oauth.authorize(clientId, ADMIN, Map.of());
        OAuthFlow.Reply answer = oauth.login(attempt, attempt.page(), "bob", AuthorizationServerApps.PASSWORD);
        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.redirectParams()).containsEntry("error", "access_denied")
                .containsEntry("error_description", "The requested scopes are for the server's operators only.")
                .containsEntry("state", attempt.state());

        OAuthFlow.Attempt both = oauth.authorize(clientId, "orders:read " + ADMIN, Map.of());
        OAuthFlow.Reply consentPage = oauth.login(both, both.page(), "bob", AuthorizationServerApps.PASSWORD);
        assertThat(consentPage.status()).isEqualTo(200);
        assertThat(consentPage.body()).contains("(<code>orders:read</code>)").doesNotContain(ADMIN);
    }

    @Test
    void theListShowsRegistrationLastUseGrantsAndConsents() {
        String adminToken = adminToken();
        String clientId = registerClient();
        tokens(clientId, "orders:read");

        JsonNode client = listed(adminToken, clientId);
        assertThat(client).isNotNull();
        assertThat(client.path("client_name").asText()).isEqualTo("Test Agent");
        assertThat(client.path("kind").asText()).isEqualTo("registered");
        assertThat(client.path("redirect_uris").toString()).isEqualTo("[\"" + OAuthFlow.REDIRECT_URI + "\"]");
        assertThat(client.path("registered_at").asLong()).isPositive();
        assertThat(client.path("last_used_at").asLong()).isGreaterThanOrEqualTo(client.path("registered_at").asLong());
        assertThat(client.path("disabled_at").isNull()).isTrue();
        assertThat(client.path("grants")).hasSize(1);
        assertThat(client.path("grants").get(0).path("subject").asText()).isEqualTo("alice");
        assertThat(client.path("grants").get(0).path("scope").asText()).isEqualTo("orders:read");
        assertThat(client.path("consents")).hasSize(1);
        assertThat(client.path("consents").get(0).path("scope").asText()).isEqualTo("orders:read");
        assertThat(client.has("client_secret")).isFalse();
        assertThat(client.has("client_secret_hash")).isFalse();
        AuthorizationServerEvent listedEvent = events.last();
        assertThat(listedEvent.type()).isEqualTo(Type.ADMIN_CLIENTS_LISTED);
        assertThat(listedEvent.actor()).isEqualTo("alice");
    }

    @Test
    void aDisabledClientsTokensStopWorkingAndItCannotAuthorize() {
        String adminToken = adminToken();
        String clientId = registerClient();
        JsonNode tokens = tokens(clientId, "orders:read");
        String accessToken = tokens.path("access_token").asText();
        // Used once, so that the resource server has it in its verified-token cache.
        assertThat(McpTestClient.as(accessToken).initialize().listTools()).containsExactly("find_order");

        OAuthFlow.Reply disabled = admin("POST", "/oauth/admin/clients/" + encoded(clientId) + "/disable",
                adminToken);
        assertThat(disabled.status()).as(disabled.body()).isEqualTo(204);
        assertThat(disabled.body()).isEmpty();
        AuthorizationServerEvent event = events.last();
        assertThat(event.type()).isEqualTo(Type.ADMIN_CLIENT_DISABLED);
        assertThat(event.clientId()).isEqualTo(clientId);
        assertThat(event.actor()).isEqualTo("alice");

        assertThat(McpTestClient.as(accessToken).attemptInitialize().status()).isEqualTo(401);
        OAuthFlow.Reply refresh = oauth.refresh(clientId, tokens.path("refresh_token").asText());
        assertThat(refresh.status()).isEqualTo(401);
        assertThat(refresh.json().toString()).isEqualTo("{\"error\":\"invalid_client\",\"error_description\":"
                + "\"This client has been disabled by the server's operator.\"}");
        OAuthFlow.Reply authorize = oauth.authorize(clientId, "orders:read", Map.of()).page();
        assertThat(authorize.status()).isEqualTo(400);
        assertThat(authorize.body()).contains("This client has been disabled by the server&#39;s operator.");

        JsonNode client = listed(adminToken, clientId);
        assertThat(client.path("disabled_at").asLong()).isPositive();
        assertThat(client.path("grants")).isEmpty();

        OAuthFlow.Reply unknown = admin("POST", "/oauth/admin/clients/no-such-client/disable", adminToken);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().toString()).isEqualTo("{\"error\":\"not_found\",\"error_description\":"
                + "\"No client has this client_id.\"}");
    }

    @Test
    void anEnabledClientAuthorizesAnewWhileWhatItsDisablingEndedStaysEnded() throws InterruptedException {
        String adminToken = adminToken();
        String clientId = registerClient();
        JsonNode before = tokens(clientId, "orders:read");
        String accessBefore = before.path("access_token").asText();
        assertThat(McpTestClient.as(accessBefore).initialize().listTools()).containsExactly("find_order");
        assertThat(admin("POST", "/oauth/admin/clients/" + encoded(clientId) + "/disable", adminToken).status())
                .isEqualTo(204);
        long disabledAt = listed(adminToken, clientId).path("disabled_at").asLong();

        OAuthFlow.Reply enabled = admin("POST", "/oauth/admin/clients/" + encoded(clientId) + "/enable", adminToken);
        assertThat(enabled.status()).as(enabled.body()).isEqualTo(204);
        assertThat(enabled.body()).isEmpty();
        AuthorizationServerEvent event = events.last();
        assertThat(event.type()).isEqualTo(Type.ADMIN_CLIENT_ENABLED);
        assertThat(event.clientId()).isEqualTo(clientId);
        assertThat(event.actor()).isEqualTo("alice");
        JsonNode client = listed(adminToken, clientId);
        assertThat(client.path("disabled_at").isNull()).isTrue();
        assertThat(client.path("grants")).isEmpty();
        assertThat(client.path("consents")).isEmpty();

        // What the disabling ended stays ended: the access token issued before it, and its grant's refresh token.
        assertThat(McpTestClient.as(accessBefore).attemptInitialize().status()).isEqualTo(401);
        OAuthFlow.Reply refresh = oauth.refresh(clientId, before.path("refresh_token").asText());
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_grant");

        // Tokens are refused up to the second the client was disabled (iat has whole seconds): authorize after it.
        while (System.currentTimeMillis() / 1000 <= disabledAt) {
            Thread.sleep(20);
        }
        // The remembered consent was forgotten: alice is asked again.
        OAuthFlow.Attempt attempt = oauth.authorize(clientId, "orders:read", Map.of());
        OAuthFlow.Reply afterLogin = oauth.login(attempt, attempt.page(), "alice", AuthorizationServerApps.PASSWORD);
        assertThat(afterLogin.status()).isEqualTo(200);
        assertThat(afterLogin.body()).contains("Allow Test Agent?");
        String accessAfter = tokens(clientId, "orders:read").path("access_token").asText();
        assertThat(McpTestClient.as(accessAfter).initialize().listTools()).containsExactly("find_order");

        // Enabling an enabled client changes nothing.
        assertThat(admin("POST", "/oauth/admin/clients/" + encoded(clientId) + "/enable", adminToken).status())
                .isEqualTo(204);
        assertThat(McpTestClient.as(accessAfter).initialize().listTools()).containsExactly("find_order");
        assertThat(McpTestClient.as(accessBefore).attemptInitialize().status()).isEqualTo(401);
        assertThat(listed(adminToken, clientId).path("grants")).hasSize(1);

        OAuthFlow.Reply unknown = admin("POST", "/oauth/admin/clients/no-such-client/enable", adminToken);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().toString()).isEqualTo("{\"error\":\"not_found\",\"error_description\":"
                + "\"No client has this client_id.\"}");
        OAuthFlow.Reply wrongMethod = admin("GET", "/oauth/admin/clients/" + encoded(clientId) + "/enable",
                adminToken);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("POST");
    }

    @AfterAll
    static void stopDocuments() {
        DOCUMENTS.stop();
    }

    @Test
    void disablingAMetadataDocumentClientBlocksItsUrl() {
        String adminToken = adminToken();
        String clientId = DOCUMENTS.url("/clients/blocked.json");
        DOCUMENTS.serve("/clients/blocked.json", MetadataDocumentServer.Answer.json("{\"client_id\":\"" + clientId
                + "\",\"client_name\":\"Doc Agent\",\"redirect_uris\":[\"" + OAuthFlow.REDIRECT_URI + "\"]}",
                "max-age=600"));
        tokens(clientId, "orders:read");
        JsonNode listedClient = listed(adminToken, clientId);
        assertThat(listedClient).isNotNull();
        assertThat(listedClient.path("kind").asText()).isEqualTo("metadata_document");
        assertThat(listedClient.path("client_name").asText()).isEqualTo("Doc Agent");

        OAuthFlow.Reply disabled = admin("POST", "/oauth/admin/clients/" + encoded(clientId) + "/disable",
                adminToken);
        assertThat(disabled.status()).isEqualTo(204);

        // The document is still served and valid, but the client stays blocked.
        OAuthFlow.Reply authorize = oauth.authorize(clientId, "orders:read", Map.of()).page();
        assertThat(authorize.status()).isEqualTo(400);
        assertThat(authorize.body()).contains("This client has been disabled by the server&#39;s operator.");
    }

    @Test
    void aDeletedClientIsGoneWithItsTokens() {
        String adminToken = adminToken();
        String clientId = registerClient();
        JsonNode tokens = tokens(clientId, "orders:read");
        String accessToken = tokens.path("access_token").asText();
        assertThat(McpTestClient.as(accessToken).initialize().listTools()).containsExactly("find_order");

        OAuthFlow.Reply deleted = admin("DELETE", "/oauth/admin/clients/" + encoded(clientId), adminToken);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(events.last().type()).isEqualTo(Type.ADMIN_CLIENT_DELETED);

        assertThat(McpTestClient.as(accessToken).attemptInitialize().status()).isEqualTo(401);
        assertThat(oauth.refresh(clientId, tokens.path("refresh_token").asText()).status()).isEqualTo(401);
        assertThat(listed(adminToken, clientId)).isNull();
        OAuthFlow.Reply again = admin("DELETE", "/oauth/admin/clients/" + encoded(clientId), adminToken);
        assertThat(again.status()).isEqualTo(404);
    }

    @Test
    void revokingAUsersGrantsEndsTheirRefreshTokensAndForgetsTheirConsent() {
        String adminToken = adminToken();
        String clientId = registerClient();
        JsonNode tokens = tokens(clientId, "orders:read");

        OAuthFlow.Reply revoked = admin("DELETE", "/oauth/admin/users/alice/grants?client_id=" + encoded(clientId),
                adminToken);
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().toString()).isEqualTo("{\"subject\":\"alice\",\"client_id\":\"" + clientId
                + "\",\"revoked_grants\":1,\"forgotten_consents\":1}");
        AuthorizationServerEvent event = events.last();
        assertThat(event.type()).isEqualTo(Type.ADMIN_USER_GRANTS_REVOKED);
        assertThat(event.subject()).isEqualTo("alice");
        assertThat(event.clientId()).isEqualTo(clientId);
        assertThat(event.reason()).isEqualTo("1 grants revoked, 1 consents forgotten");

        OAuthFlow.Reply refresh = oauth.refresh(clientId, tokens.path("refresh_token").asText());
        assertThat(refresh.status()).isEqualTo(400);
        assertThat(refresh.json().path("error").asText()).isEqualTo("invalid_grant");
        // The consent was forgotten: alice is asked again.
        OAuthFlow.Attempt attempt = oauth.authorize(clientId, "orders:read", Map.of());
        OAuthFlow.Reply afterLogin = oauth.login(attempt, attempt.page(), "alice", AuthorizationServerApps.PASSWORD);
        assertThat(afterLogin.status()).isEqualTo(200);
        assertThat(afterLogin.body()).contains("Allow Test Agent?");
        // The admin's own grant, of another client, was not touched.
        assertThat(admin("GET", "/oauth/admin/clients", adminToken).status()).isEqualTo(200);
    }

    @Test
    void unknownResourcesAndWrongMethodsGetExactErrors() {
        String adminToken = adminToken();
        OAuthFlow.Reply unknown = admin("GET", "/oauth/admin/nothing", adminToken);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("error").asText()).isEqualTo("not_found");

        OAuthFlow.Reply wrongMethod = admin("DELETE", "/oauth/admin/clients", adminToken);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).isEqualTo("GET");
        assertThat(wrongMethod.json().toString()).isEqualTo("{\"error\":\"invalid_request\",\"error_description\":"
                + "\"This admin resource accepts GET only.\"}");
        OAuthFlow.Reply tokenInQuery = admin("GET", "/oauth/admin/clients?access_token=" + adminToken, adminToken);
        assertThat(tokenInQuery.status()).isEqualTo(400);
        assertThat(tokenInQuery.json().toString()).isEqualTo("{\"error\":\"invalid_request\",\"error_description\":"
                + "\"Bad request: access tokens are accepted only in the Authorization header.\"}");
        assertThat(List.of(unknown.body(), wrongMethod.body(), tokenInQuery.body()))
                .noneMatch(body -> body.contains("Exception") || body.contains(adminToken));
    }
}
