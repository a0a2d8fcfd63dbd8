package io.mcpwarden.deployment.test.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;

class ProtectedResourceMetadataTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.securedOrderDesk();

    @Test
    void metadataIsPublicAtBothWellKnownUris() {
        String expected = "{\"resource\":\"" + AuthApps.RESOURCE + "\",\"authorization_servers\":[\""
                + TestIdentityServer.get().issuer() + "\"],\"scopes_supported\":[\"admin\",\"orders:export\","
                + "\"orders:read\",\"orders:write\"],\"bearer_methods_supported\":[\"header\"],"
                + "\"resource_name\":\"Order desk\"}";
        for (String path : new String[] { "/.well-known/oauth-protected-resource/mcp",
                "/.well-known/oauth-protected-resource" }) {
            given().header("MCP-Protocol-Version", "2025-11-25").get(path).then()
                    .statusCode(200)
                    .header("Content-Type", "application/json")
                    .body(equalTo(expected));
        }
    }
}
