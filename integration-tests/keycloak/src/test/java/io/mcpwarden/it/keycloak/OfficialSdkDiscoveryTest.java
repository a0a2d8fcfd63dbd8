package io.mcpwarden.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Runs {@code keycloak-discovery-client.mjs}: the official MCP TypeScript SDK client, given only the MCP URL and a
 * user's credentials, discovers Keycloak from Warden's 401, registers itself, logs the user in with PKCE and calls a
 * tool. The Maven build runs {@code npm ci} in this module first.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class OfficialSdkDiscoveryTest {

    private static final long TIMEOUT_SECONDS = 120;

    @Test
    void sdkClientDiscoversKeycloakRegistersLogsInAndCallsATool() throws Exception {
        String resource = KeycloakTokens.resource().toString();
        String issuer = KeycloakTokens.issuer();
        String keycloak = issuer.substring(0, issuer.indexOf("/realms/"));

        JsonNode summary = runClient(resource, Users.BOB, Users.BOB_PASSWORD);

        String resourceMetadata = Challenges.metadataUrl();
        String authorizationServerMetadata = keycloak + "/.well-known/oauth-authorization-server/realms/mcp";
        assertThat(summary.path("exchanges")).extracting(JsonNode::toString).containsExactly(
                // connect without a token: the 401 names the metadata, which names Keycloak, where the SDK registers
                exchange("POST", resource, 401),
                exchange("GET", resourceMetadata, 200),
                exchange("GET", authorizationServerMetadata, 200),
                exchange("POST", issuer + "/clients-registrations/openid-connect", 201),
                // finishAuth: discovery again, then the code exchange with the PKCE verifier
                exchange("GET", resourceMetadata, 200),
                exchange("GET", authorizationServerMetadata, 200),
                exchange("POST", issuer + "/protocol/openid-connect/token", 200),
                // connect with the token: initialize, initialized, the GET stream for server messages, list, call
                exchange("POST", resource, 200),
                exchange("POST", resource, 202),
                exchange("GET", resource, 200),
                exchange("POST", resource, 200),
                exchange("POST", resource, 200));
        assertThat(summary.path("registeredClient").path("clientIdIssued").asBoolean()).isTrue();
        assertThat(summary.path("registeredClient").path("tokenEndpointAuthMethod").asText()).isEqualTo("none");

        JsonNode authorization = summary.path("authorizationRequest");
        assertThat(authorization.path("endpoint").asText()).isEqualTo(issuer + "/protocol/openid-connect/auth");
        assertThat(authorization.path("clientIdIsRegistered").asBoolean()).isTrue();
        assertThat(authorization.path("scope").asText()).isEqualTo("mcp:tools");
        assertThat(authorization.path("resource").asText()).isEqualTo(resource);
        assertThat(authorization.path("codeChallengeMethod").asText()).isEqualTo("S256");
        assertThat(summary.path("authorizationResponseIssuer").asText()).isEqualTo(issuer);

        assertThat(summary.path("tools")).extracting(JsonNode::asText).containsExactly("list_tickets", "whoami");
        JsonNode whoami = summary.path("whoami");
        assertThat(whoami.path("isError").asBoolean()).isFalse();
        assertThat(whoami.path("subject").asText()).isEqualTo(KeycloakAdmin.userId(Users.BOB));
        assertThat(whoami.path("issuer").asText()).isEqualTo(issuer);
        assertThat(whoami.path("clientIdIsRegistered").asBoolean()).isTrue();
        // A registered client gets the scopes it registered with (here the 401's mcp:tools), not the realm's defaults.
        assertThat(whoami.path("scopes")).extracting(JsonNode::asText).containsExactly("mcp:tools");
    }

    private static String exchange(String method, String url, int status) {
        return "{\"method\":\"" + method + "\",\"url\":\"" + url + "\",\"status\":" + status + "}";
    }

    private static JsonNode runClient(String mcpUrl, String username, String password)
            throws IOException, InterruptedException {
        Path clientDir = Path.of(System.getProperty("sdk-client.dir", "."));
        assertThat(clientDir.resolve("node_modules/@modelcontextprotocol/sdk"))
                .as("the SDK client's dependencies; the Maven build installs them with npm ci").isDirectory();
        Path stdout = Files.createTempFile("keycloak-sdk-client", ".out");
        Path stderr = Files.createTempFile("keycloak-sdk-client", ".err");
        try {
            Process process = new ProcessBuilder(List.of(System.getProperty("node.executable", "node"),
                    "keycloak-discovery-client.mjs", mcpUrl, username, password))
                    .directory(clientDir.toFile())
                    .redirectOutput(stdout.toFile())
                    .redirectError(stderr.toFile())
                    .start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The SDK client did not finish within " + TIMEOUT_SECONDS + " s; stderr:\n"
                        + Files.readString(stderr, StandardCharsets.UTF_8));
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
            return new ObjectMapper().readTree(out);
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }
}
