package io.mcpwarden.deployment.test.limits;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.AuthHttp;
import io.mcpwarden.deployment.test.auth.OrderTools;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

/**
 * With {@code when-full=evict-oldest}, a new session ends its identity's least recently used one, and only its.
 */
class SessionEvictionTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(OrderTools.class)
            .overrideConfigKey("quarkus.warden.sessions.max-per-identity", "2")
            .overrideConfigKey("quarkus.warden.sessions.when-full", "evict-oldest");

    @Test
    void theLeastRecentlyUsedSessionOfTheSameIdentityIsEnded() {
        String token = TestTokens.token().subject("alice-e").clientId("client-e").sign();
        String bystander = TestTokens.token().subject("bob-e").clientId("client-e").sign();
        String bobs = AuthHttp.openSession(bystander);
        String first = AuthHttp.openSession(token);
        String second = AuthHttp.openSession(token);
        AuthHttp.request(token, first, "ping", "{}").then().statusCode(200); // now second is the least recently used

        String third = AuthHttp.openSession(token);
        AuthHttp.request(token, second, "ping", "{}").then().statusCode(404);
        AuthHttp.request(token, first, "ping", "{}").then().statusCode(200);
        AuthHttp.request(token, third, "ping", "{}").then().statusCode(200);
        AuthHttp.request(bystander, bobs, "ping", "{}").then().statusCode(200);
    }
}
