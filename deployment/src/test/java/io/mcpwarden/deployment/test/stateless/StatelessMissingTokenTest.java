package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.ScopedOnlyTools;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A stateless request without a token, to a server with no public tool, gets the same 401 challenge as an
 * {@code initialize} would: there is no session to authenticate once, so every request is authenticated.
 */
class StatelessMissingTokenTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(ScopedOnlyTools.class, StatelessHttp.class);

    private static final String CHALLENGE = "Bearer resource_metadata=\"" + AuthApps.METADATA_URL
            + "\", scope=\"admin orders:export orders:read orders:write\"";

    @Test
    void discoverWithoutTokenIs401WithMetadataAndScopes() {
        StatelessHttp.request("server/discover", null, "").then()
                .statusCode(401)
                .header("WWW-Authenticate", CHALLENGE)
                .body("id", nullValue())
                .body("error.code", equalTo(-32600))
                .body("error.message", equalTo("Unauthorized: a bearer token is required"));
    }
}
