package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.agroal.api.AgroalDataSource;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.quarkus.agroal.DataSource;
import io.quarkus.test.QuarkusUnitTest;

/**
 * What the authorization server keeps on disk: the embedded H2 database (which holds the private signing keys) in a
 * directory only the server's user may enter, and refresh tokens and client secrets stored as SHA-256 hashes, never as
 * issued.
 */
class StoredStateTest {

    /** A fresh directory per test JVM (the test class is loaded twice: a system property keeps one value). */
    static final Path STATE = Path.of(System.getProperties().computeIfAbsent("mcpwarden.as.test.state",
            name -> freshDirectory().resolve("state").toString()).toString());

    private static Path freshDirectory() {
        try {
            Files.createDirectories(Path.of("target"));
            return Files.createTempDirectory(Path.of("target").toAbsolutePath(), "stored-state-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("stored-state")
            .overrideConfigKey("quarkus.datasource.warden.jdbc.url",
                    "jdbc:h2:file:" + STATE.resolve("authorization-server") + ";DB_CLOSE_ON_EXIT=FALSE");

    @Inject
    @DataSource("warden")
    AgroalDataSource database;

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private List<String> column(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    @Test
    void theDatabaseDirectoryIsReadableByItsOwnerOnly() throws IOException, SQLException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(STATE))).isEqualTo("rwx------");
        assertThat(column("SELECT kid FROM warden_signing_key")).isNotEmpty();
        try (var files = Files.list(STATE)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .contains("authorization-server.mv.db");
        }
    }

    @Test
    void refreshTokensAndClientSecretsAreStoredAsHashes() throws SQLException {
        OAuthFlow.Reply registration = oauth.registerPublicClient("orders:read");
        String clientId = registration.json().path("client_id").asText();
        JsonNode tokens = oauth.exchange(clientId, oauth.authorizeAndConsent(clientId, "orders:read", "orders:read"))
                .json();
        String refreshToken = tokens.path("refresh_token").asText();
        assertThat(refreshToken).hasSize(43);

        List<String> stored = column("SELECT token_hash FROM warden_refresh_token");
        assertThat(stored).contains(Secrets.hash(refreshToken)).doesNotContain(refreshToken);

        OAuthFlow.Reply confidential = oauth.register("{\"redirect_uris\":[\"" + OAuthFlow.REDIRECT_URI + "\"],"
                + "\"token_endpoint_auth_method\":\"client_secret_basic\"}");
        assertThat(confidential.status()).isEqualTo(201);
        String secret = confidential.json().path("client_secret").asText();
        assertThat(secret).hasSize(43);
        List<String> secrets = column("SELECT client_secret_hash FROM warden_client WHERE client_id = '"
                + confidential.json().path("client_id").asText() + "'");
        assertThat(secrets).containsExactly(Secrets.hash(secret));
    }
}
