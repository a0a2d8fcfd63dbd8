package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.h2.jdbcx.JdbcDataSource;
import org.jose4j.jwk.JsonWebKeySet;
import org.junit.jupiter.api.Test;

import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.mcpwarden.runtime.authorizationserver.store.Database;

/**
 * Key rotation on the real schema: a key signs for one rotation period, then a new key signs while the old one stays
 * published until every token it signed has expired; keys survive a restart (a new {@link SigningKeys} on the same
 * database).
 */
class SigningKeyRotationTest {

    private static final Duration ROTATION = Duration.ofDays(30);
    private static final Duration TOKEN_LIFETIME = Duration.ofMinutes(5);
    private static final long T0 = 1_800_000_000L;

    private static Database database() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:key-rotation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("RUNSCRIPT FROM 'classpath:db/mcp-warden-authorization-server/V1__authorization_server.sql'");
        }
        return new Database(dataSource);
    }

    private static java.util.List<String> publishedKids(SigningKeys keys) throws Exception {
        return new JsonWebKeySet(keys.jwks()).getJsonWebKeys().stream().map(k -> k.getKeyId()).sorted().toList();
    }

    @Test
    void theNewestKeySignsAndARetiredKeyStaysPublishedUntilItsTokensHaveExpired() throws Exception {
        Database db = database();
        SigningKeys keys = new SigningKeys(db, "ES256", ROTATION, TOKEN_LIFETIME);

        keys.refresh(T0);
        String first = keys.current().getKeyId();
        assertThat(publishedKids(keys)).containsExactly(first);

        keys.refresh(T0 + ROTATION.toSeconds() - 1);
        assertThat(keys.current().getKeyId()).as("still within the rotation period").isEqualTo(first);

        long rotatedAt = T0 + ROTATION.toSeconds();
        keys.refresh(rotatedAt);
        String second = keys.current().getKeyId();
        assertThat(second).isNotEqualTo(first);
        assertThat(publishedKids(keys)).containsExactlyInAnyOrder(first, second);
        assertThat(keys.verificationKey(first)).as("tokens signed before the rotation still verify").isNotNull();

        SigningKeys afterRestart = new SigningKeys(db, "ES256", ROTATION, TOKEN_LIFETIME);
        afterRestart.refresh(rotatedAt + 1);
        assertThat(afterRestart.current().getKeyId()).isEqualTo(second);
        assertThat(publishedKids(afterRestart)).containsExactlyInAnyOrder(first, second);

        afterRestart.refresh(rotatedAt + TOKEN_LIFETIME.toSeconds() + 61);
        assertThat(publishedKids(afterRestart)).containsExactly(second);
        assertThat(afterRestart.verificationKey(first)).isNull();
    }

    @Test
    void rs256KeysAreGeneratedWhenConfigured() throws Exception {
        SigningKeys keys = new SigningKeys(database(), "RS256", ROTATION, TOKEN_LIFETIME);
        keys.refresh(T0);

        assertThat(keys.current().getKeyType()).isEqualTo("RSA");
        assertThat(keys.jwks()).contains("\"alg\":\"RS256\"").doesNotContain("\"d\":");
    }

    @Test
    void anUnsupportedAlgorithmIsRefusedWithTheProperty() throws Exception {
        Database db = database();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SigningKeys(db, "HS256", ROTATION, TOKEN_LIFETIME))
                .hasMessage("quarkus.warden.authorization-server.signing.algorithm must be ES256 or RS256, not HS256");
    }
}
