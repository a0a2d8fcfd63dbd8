package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.deployment.authorizationserver.test.MetadataDocumentServer.Answer;
import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Clients identified by a Client ID Metadata Document, served over real https by {@link MetadataDocumentServer} on
 * 127.0.0.1. This application allows the loopback address and trusts the test certificate (both test-only
 * settings); {@link ClientIdMetadataDocumentAddressTest} shows the production default refusing loopback.
 */
class ClientIdMetadataDocumentTest {

    static final MetadataDocumentServer DOCUMENTS = MetadataDocumentServer.start();

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("cimd")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.allow-private-addresses",
                    "true")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.trusted-certificates",
                    MetadataDocumentServer.TRUSTED_CERTIFICATE.toString())
            // Generous limits: the first TLS fetch of a JVM on a loaded CI machine is slow. The slow document below
            // still takes longer than both.
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.connect-timeout", "8S")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.fetch-timeout", "8S");

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @AfterAll
    static void stopDocuments() {
        DOCUMENTS.stop();
    }

    private static String document(String clientId, String extra) {
        return "{\"client_id\":\"" + clientId + "\",\"client_name\":\"Doc Agent\",\"redirect_uris\":[\""
                + OAuthFlow.REDIRECT_URI + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                + "\"token_endpoint_auth_method\":\"none\"" + extra + "}";
    }

    private String serve(String path, Answer answer) {
        DOCUMENTS.serve(path, answer);
        return DOCUMENTS.url(path);
    }

    private OAuthFlow.Reply refusalPage(String clientId) {
        OAuthFlow.Reply page = oauth.authorize(clientId, "orders:read", Map.of()).page();
        assertThat(page.status()).as(page.body()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.body()).contains("Error code: <code>invalid_client</code>");
        return page;
    }

    @Test
    void metadataAdvertisesMetadataDocuments() {
        JsonNode metadata = oauth.get("/.well-known/oauth-authorization-server").json();
        assertThat(metadata.path("client_id_metadata_document_supported").isBoolean()).isTrue();
        assertThat(metadata.path("client_id_metadata_document_supported").asBoolean()).isTrue();
    }

    @Test
    void aDocumentClientCompletesTheFlowAndItsDocumentIsFetchedOnce() {
        String clientId = DOCUMENTS.url("/clients/agent.json");
        serve("/clients/agent.json", Answer.json(document(clientId, ""), "max-age=600"));

        OAuthFlow.Attempt attempt = oauth.authorize(clientId, "orders:read", Map.of());
        assertThat(attempt.page().status()).as(attempt.page().body()).isEqualTo(200);
        assertThat(attempt.page().body()).contains("<strong>Doc Agent</strong> wants to use");
        OAuthFlow.Reply consentPage = oauth.login(attempt, attempt.page(), "alice", AuthorizationServerApps.PASSWORD);
        assertThat(consentPage.status()).isEqualTo(200);
        assertThat(consentPage.body()).contains("<code>127.0.0.1:53682</code>")
                .contains("This client is identified by its metadata document at <code>" + clientId + "</code>.");

        OAuthFlow.Reply redirect = oauth.consent(attempt, consentPage, "allow", "orders:read");
        assertThat(redirect.status()).isEqualTo(303);
        Map<String, String> params = new HashMap<>(redirect.redirectParams());
        assertThat(params).containsEntry("state", attempt.state()).containsEntry("iss", AuthorizationServerApps.ORIGIN);
        params.put("verifier", attempt.verifier());

        OAuthFlow.Reply tokens = oauth.exchange(clientId, params);
        assertThat(tokens.status()).as(tokens.body()).isEqualTo(200);
        String accessToken = tokens.json().path("access_token").asText();
        assertThat(OAuthFlow.claims(accessToken)).containsEntry("client_id", clientId).containsEntry("sub", "alice");
        assertThat(McpTestClient.as(accessToken).initialize().listTools()).containsExactly("find_order");

        OAuthFlow.Reply refreshed = oauth.refresh(clientId, tokens.json().path("refresh_token").asText());
        assertThat(refreshed.status()).as(refreshed.body()).isEqualTo(200);
        assertThat(DOCUMENTS.hits("/clients/agent.json")).isEqualTo(1);
    }

    @Test
    void aDocumentServedWithNoStoreIsFetchedForEveryUse() {
        String clientId = DOCUMENTS.url("/clients/uncached.json");
        serve("/clients/uncached.json", Answer.json(document(clientId, ""), "no-store"));

        assertThat(oauth.authorize(clientId, "orders:read", Map.of()).page().status()).isEqualTo(200);
        assertThat(oauth.authorize(clientId, "orders:read", Map.of()).page().status()).isEqualTo(200);
        assertThat(DOCUMENTS.hits("/clients/uncached.json")).isEqualTo(2);
    }

    @Test
    void theRedirectUriMustExactlyMatchOneOfTheDocument() {
        String clientId = DOCUMENTS.url("/clients/exact.json");
        serve("/clients/exact.json", Answer.json(document(clientId, ""), "max-age=600"));

        OAuthFlow.Reply page = oauth.authorize(clientId, "orders:read",
                Map.of("redirect_uri", OAuthFlow.REDIRECT_URI + "/other")).page();
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.body()).contains("The redirect_uri does not exactly match one the client registered.");
    }

    @Test
    void aDocumentWhoseClientIdIsNotItsUrlIsRefused() {
        String clientId = DOCUMENTS.url("/clients/mismatch.json");
        serve("/clients/mismatch.json", Answer.json(document(DOCUMENTS.url("/clients/other.json"), ""), "max-age=60"));

        assertThat(refusalPage(clientId).body()).contains("The client&#39;s metadata document was refused: its "
                + "client_id is not the URL it was fetched from.");
        assertThat(oauth.exchange(clientId, Map.of("code", "x", "verifier", OAuthFlow.verifier())).json().toString())
                .isEqualTo("{\"error\":\"invalid_client\",\"error_description\":\"The client's metadata document "
                        + "was refused: its client_id is not the URL it was fetched from.\"}");
    }

    @Test
    void aDocumentLargerThanTheLimitIsRefused() {
        String clientId = DOCUMENTS.url("/clients/large.json");
        serve("/clients/large.json", Answer.json(document(clientId, ",\"padding\":\"" + "x".repeat(6000) + "\""),
                "max-age=60"));

        assertThat(refusalPage(clientId).body())
                .contains("The client&#39;s metadata document was refused: it is larger than 5120 bytes.");
    }

    @Test
    void aDocumentServerTooSlowToAnswerIsRefused() {
        String clientId = DOCUMENTS.url("/clients/slow.json");
        serve("/clients/slow.json", new Answer(200, "application/json", document(clientId, ""), Map.of(), 14000));

        long start = System.nanoTime();
        assertThat(refusalPage(clientId).body())
                .contains("The client&#39;s metadata document was refused: its server did not answer within 8000 ms.");
        // The fetch-timeout (8 s) ends the wait, not the document server's 14 s delay.
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(13000);
    }

    @Test
    void redirectsAreNotFollowed() {
        String clientId = DOCUMENTS.url("/clients/moved.json");
        serve("/clients/moved.json", new Answer(302, "text/plain", "",
                Map.of("Location", DOCUMENTS.url("/clients/agent.json")), 0));

        assertThat(refusalPage(clientId).body()).contains("The client&#39;s metadata document was refused: its "
                + "server answered 302 instead of 200 (redirects are not followed).");
    }

    @Test
    void aDocumentWithASecretOrAForeignRedirectSchemeIsRefused() {
        String withSecret = DOCUMENTS.url("/clients/secret.json");
        serve("/clients/secret.json", Answer.json(document(withSecret, ",\"client_secret\":\"s3cret\""), "no-store"));
        assertThat(refusalPage(withSecret).body())
                .contains("The client&#39;s metadata document was refused: it must not hold a client secret.");

        String plainHttp = DOCUMENTS.url("/clients/http.json");
        serve("/clients/http.json", Answer.json("{\"client_id\":\"" + plainHttp + "\",\"redirect_uris\":"
                + "[\"http://app.example.com/cb\"]}", "no-store"));
        assertThat(refusalPage(plainHttp).body()).contains("The client&#39;s metadata document was refused: its "
                + "redirect_uris must be https URLs, or http on a loopback host, without fragment or user "
                + "information.");
    }

    @Test
    void aClientIdUrlWithAQueryIsRefusedWithoutFetching() {
        String clientId = DOCUMENTS.url("/clients/query.json") + "?v=1";
        assertThat(refusalPage(clientId).body()).contains("The client&#39;s metadata document was refused: its "
                + "client_id must be an https URL with a path, and without user information, query, fragment or "
                + "dot segments.");
        assertThat(DOCUMENTS.hits("/clients/query.json")).isZero();
    }
}
