package io.mcpwarden.it.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.nimbusds.jwt.SignedJWT;

import io.mcpwarden.test.McpTestClient;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Tokens that Keycloak signed correctly, but for another audience, are refused with 401 {@code invalid_token}.
 */
@QuarkusTest
@WithTestResource(value = KeycloakResource.class, scope = TestResourceScope.GLOBAL)
class AudienceTest {

    @Test
    void tokenForAnotherApiGets401InvalidToken() throws Exception {
        String token = KeycloakTokens.userToken(Users.ALICE, Users.ALICE_PASSWORD, "calendar:read", null);
        assertThat(SignedJWT.parse(token).getPayload().toJSONObject().get("aud"))
                .isEqualTo("https://calendar.example.test/api");

        McpTestClient.as(token).attemptInitialize()
                .assertUnauthorized()
                .assertChallenge(Challenges.invalidToken());
    }

    @Test
    void tokenWithoutAnyAudienceGets401InvalidToken() throws Exception {
        String token = KeycloakTokens.clientToken(Users.SERVICE_CLIENT, Users.SERVICE_SECRET, "profile");
        assertThat(SignedJWT.parse(token).getJWTClaimsSet().getAudience()).isEmpty();

        McpTestClient.as(token).attemptInitialize()
                .assertUnauthorized()
                .assertChallenge(Challenges.invalidToken());
    }

    @Test
    void requestWithoutTokenGets401NamingTheBasicScope() {
        McpTestClient.anonymous().attemptInitialize()
                .assertUnauthorized()
                .assertChallenge(Challenges.missingToken());
    }
}
