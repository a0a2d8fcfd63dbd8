package io.mcpwarden.deployment.test.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.quarkus.test.QuarkusUnitTest;

class SessionBindingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.securedOrderDesk();

    @Test
    void anotherIdentityCannotUseOrEndTheSession() {
        TestIdentityServer idp = TestIdentityServer.get();
        String alice = idp.token().subject("alice").scopes("orders:read").sign();
        String bob = idp.token().subject("bob").scopes("orders:read").sign();
        String otherClient = idp.token().subject("alice").clientId("other-client").scopes("orders:read").sign();
        String session = AuthHttp.openSession(alice);

        AuthHttp.request(bob, session, "ping", "{}").then().statusCode(404).body("error.code", equalTo(-32001));
        AuthHttp.request(otherClient, session, "ping", "{}").then().statusCode(404);
        given().header("Authorization", "Bearer " + bob).header("Mcp-Session-Id", session).delete(McpHttp.PATH)
                .then().statusCode(404);

        String aliceAgain = idp.token().subject("alice").scopes("orders:read").sign();
        AuthHttp.request(aliceAgain, session, "ping", "{}").then().statusCode(200);
    }
}
