package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.OrderTools;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * Authentication and authorization in the stateless era behave as in the session era: the token of each request
 * names the caller, a tool needing more scopes is refused (403 with the
 * scope challenge), and {@code tools/list} shows each caller only what it may call.
 */
class StatelessAuthTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(OrderTools.class, StatelessHttp.class);

    private static Response call(String token, String method, String name, String paramsFields) {
        return StatelessHttp.post(method, name).header("Authorization", "Bearer " + token)
                .body(StatelessHttp.body(12, method, paramsFields,
                        StatelessHttp.meta(StatelessHttp.VERSION, StatelessHttp.NO_CAPABILITIES)))
                .post(McpHttp.PATH);
    }

    @Test
    void toolsListIsFilteredForEachCaller() {
        call(TestTokens.token().scopes("orders:read").sign(), "tools/list", null, "").then()
                .statusCode(200)
                .body("result.tools.name", contains("findOrder", "openingHours"))
                .body("result.cacheScope", equalTo("private"));
        call(TestTokens.token().scopes("admin").sign(), "tools/list", null, "").then()
                .statusCode(200)
                .body("result.tools.name", containsInAnyOrder("cancelOrder", "exportOrders", "findOrder",
                        "openingHours"));
    }

    @Test
    void callSeesTheCallerOfItsOwnToken() {
        call(TestTokens.token().scopes("orders:read").sign(), "tools/call", "findOrder",
                "\"name\":\"findOrder\",\"arguments\":{\"id\":\"42\"}").then()
                .statusCode(200)
                .body("result.resultType", equalTo("complete"))
                .body("result.content[0].text", equalTo("order 42 for alice"));
    }

    @Test
    void callWithoutTheToolsScopeIs403WithTheScopeChallenge() {
        call(TestTokens.token().scopes("orders:read profile").sign(), "tools/call", "cancelOrder",
                "\"name\":\"cancelOrder\",\"arguments\":{\"id\":\"42\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write "
                        + "profile\", resource_metadata=\"" + AuthApps.METADATA_URL + "\"")
                .body("id", equalTo(12))
                .body("error.message", equalTo("Forbidden: this tool needs more scopes than the token grants"));
    }
}
