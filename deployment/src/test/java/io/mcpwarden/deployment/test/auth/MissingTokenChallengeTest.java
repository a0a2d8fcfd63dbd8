package io.mcpwarden.deployment.test.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class MissingTokenChallengeTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(ScopedOnlyTools.class);

    private static final String CHALLENGE = "Bearer resource_metadata=\"" + AuthApps.METADATA_URL
            + "\", scope=\"admin orders:export orders:read orders:write\"";

    @Test
    void initializeWithoutTokenIs401WithMetadataAndScopes() {
        McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", CHALLENGE)
                .header("Mcp-Session-Id", nullValue())
                .body("id", nullValue())
                .body("error.code", equalTo(-32600))
                .body("error.message", equalTo("Unauthorized: a bearer token is required"));
    }

    @Test
    void otherAuthorizationSchemeIsTreatedAsNoToken() {
        McpHttp.post().header("Authorization", "Basic YWxpY2U6c2VjcmV0").body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then()
                .statusCode(401)
                .header("WWW-Authenticate", CHALLENGE);
    }

    @Test
    void bearerSchemeIsCaseInsensitive() {
        String token = TestTokens.token().scopes("orders:read").sign();
        McpHttp.post().header("Authorization", "bEaReR " + token).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then().statusCode(200);
    }

    @Test
    void tokenInQueryStringIsRefused() {
        String token = TestTokens.token().scopes("orders:read").sign();
        McpHttp.post().queryParam("access_token", token).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .header("WWW-Authenticate", "Bearer error=\"invalid_request\", resource_metadata=\""
                        + AuthApps.METADATA_URL + "\"")
                .body("error.message", equalTo("Bad request: access tokens are accepted only in the Authorization header"));
    }

    @Test
    void duplicateAuthorizationHeadersAreRefused() {
        String token = TestTokens.token().scopes("orders:read").sign();
        given().accept(McpHttp.ACCEPT_BOTH).contentType("application/json")
                .header("Authorization", "Bearer " + token).header("Authorization", "Bearer " + token)
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.message", equalTo("Bad request: send exactly one Authorization header"));
    }
}
