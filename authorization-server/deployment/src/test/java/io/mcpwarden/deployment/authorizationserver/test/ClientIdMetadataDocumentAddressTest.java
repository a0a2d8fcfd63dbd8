package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.authorizationserver.test.MetadataDocumentServer.Answer;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With the production default (no private addresses), a metadata document on a loopback address is refused before
 * any connection is made, even though the document itself is valid and its certificate trusted.
 */
class ClientIdMetadataDocumentAddressTest {

    static final MetadataDocumentServer DOCUMENTS = MetadataDocumentServer.start();

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("cimd-address")
            .overrideConfigKey("quarkus.warden.authorization-server.client-metadata-documents.trusted-certificates",
                    MetadataDocumentServer.TRUSTED_CERTIFICATE.toString());

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    @AfterAll
    static void stopDocuments() {
        DOCUMENTS.stop();
    }

    @Test
    void aDocumentOnALoopbackAddressIsRefusedWithoutConnecting() {
        String clientId = DOCUMENTS.url("/clients/agent.json");
        DOCUMENTS.serve("/clients/agent.json", Answer.json("{\"client_id\":\"" + clientId + "\",\"redirect_uris\":[\""
                + OAuthFlow.REDIRECT_URI + "\"]}", "max-age=60"));

        OAuthFlow.Reply page = oauth.authorize(clientId, "orders:read", Map.of()).page();
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.header("Location")).isNull();
        assertThat(page.body()).contains("The client&#39;s metadata document was refused: its host resolves to a "
                + "private, loopback or otherwise non-public address, which this server does not contact.");
        assertThat(DOCUMENTS.hits("/clients/agent.json")).isZero();
    }
}
