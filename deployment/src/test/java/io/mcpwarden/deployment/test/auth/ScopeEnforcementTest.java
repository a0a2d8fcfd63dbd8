package io.mcpwarden.deployment.test.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class ScopeEnforcementTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.securedOrderDesk();

    private static String token(String scope) {
        return TestTokens.token().scopes(scope).sign();
    }

    @Test
    void toolsListShowsOnlyToolsTheCallerMayCall() {
        String reader = token("orders:read");
        AuthHttp.request(reader, AuthHttp.openSession(reader), "tools/list", "{}").then()
                .statusCode(200)
                .body("result.tools.name", contains("findOrder", "openingHours"));
        String admin = token("admin");
        AuthHttp.request(admin, AuthHttp.openSession(admin), "tools/list", "{}").then()
                .body("result.tools.name", containsInAnyOrder("cancelOrder", "exportOrders", "findOrder",
                        "openingHours"));
    }

    @Test
    void callWithRequiredScopeSucceedsAndSeesTheCaller() {
        String reader = token("orders:read");
        AuthHttp.callTool(reader, AuthHttp.openSession(reader), "findOrder", "{\"id\":\"42\"}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("order 42 for alice"));
    }

    @Test
    void callWhenScopeMissingThen403WithAllNeededAndGrantedScopes() {
        String reader = token("orders:read profile");
        AuthHttp.callTool(reader, AuthHttp.openSession(reader), "cancelOrder", "{\"id\":\"42\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write "
                        + "profile\", resource_metadata=\"" + AuthApps.METADATA_URL + "\"")
                .body("id", equalTo(11))
                .body("error.message", equalTo("Forbidden: this tool needs more scopes than the token grants"));
    }

    @Test
    void anyOfScopeChallengeNamesTheFirstAlternative() {
        String reader = token("orders:read");
        AuthHttp.callTool(reader, AuthHttp.openSession(reader), "exportOrders", "{}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:export\", "
                        + "resource_metadata=\"" + AuthApps.METADATA_URL + "\"");
        String exporter = token("orders:read orders:export");
        AuthHttp.callTool(exporter, AuthHttp.openSession(exporter), "exportOrders", "{}").then()
                .statusCode(200).body("result.content[0].text", equalTo("exported"));
    }

    @Test
    void broaderScopeSatisfiesTheScopesItImplies() {
        String admin = token("admin");
        AuthHttp.callTool(admin, AuthHttp.openSession(admin), "cancelOrder", "{\"id\":\"7\"}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("cancelled 7"));
    }

    @Test
    void publicToolIsCallableWithoutToken() {
        String session = io.mcpwarden.deployment.test.McpHttp.openSession();
        io.mcpwarden.deployment.test.McpHttp.callTool(session, "openingHours", "{}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("9-17"));
        io.mcpwarden.deployment.test.McpHttp.request(session, "tools/list", "{}").then()
                .body("result.tools.name", contains("openingHours"));
        io.mcpwarden.deployment.test.McpHttp.callTool(session, "findOrder", "{\"id\":\"1\"}").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer resource_metadata=\"" + AuthApps.METADATA_URL
                        + "\", scope=\"admin orders:export orders:read orders:write\"");
    }
}
