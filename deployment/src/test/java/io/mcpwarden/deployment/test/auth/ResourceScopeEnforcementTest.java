package io.mcpwarden.deployment.test.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class ResourceScopeEnforcementTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(OrderResources.class, OrderTools.class);

    @RequiresScopes("orders:read")
    public static class OrderResources {

        @Resource(uri = "orders://catalog")
        String catalog() {
            return "pens, paper";
        }

        @ResourceTemplate(uriTemplate = "orders://exports/{id}")
        @RequiresScopes("orders:export")
        String export(String id, Caller caller) {
            return "export " + id + " for " + caller.subject();
        }
    }

    private static String token(String scope) {
        return TestTokens.token().scopes(scope).sign();
    }

    @Test
    void readWhenScopeMissingThen403WithAllNeededAndGrantedScopes() {
        String reader = token("orders:read");
        AuthHttp.request(reader, AuthHttp.openSession(reader), "resources/read",
                "{\"uri\":\"orders://exports/9\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:export\", "
                        + "resource_metadata=\"" + AuthApps.METADATA_URL + "\"");
    }

    @Test
    void subscribeNeedsTheSameScopesAsRead() {
        String reader = token("orders:read");
        String session = AuthHttp.openSession(reader);
        AuthHttp.request(reader, session, "resources/subscribe", "{\"uri\":\"orders://exports/9\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:export\", "
                        + "resource_metadata=\"" + AuthApps.METADATA_URL + "\"");
        AuthHttp.request(reader, session, "resources/subscribe", "{\"uri\":\"orders://catalog\"}").then()
                .statusCode(200)
                .body("result", equalTo(java.util.Map.of()));
    }

    @Test
    void readWithRequiredScopeSucceedsAndSeesTheCaller() {
        String exporter = token("orders:read orders:export");
        AuthHttp.request(exporter, AuthHttp.openSession(exporter), "resources/read",
                "{\"uri\":\"orders://exports/9\"}").then()
                .statusCode(200)
                .body("result.contents[0].text", equalTo("export 9 for alice"));
    }

    @Test
    void listingsShowOnlyWhatTheCallerMayRead() {
        String reader = token("orders:read");
        String session = AuthHttp.openSession(reader);
        AuthHttp.request(reader, session, "resources/list", "{}").then()
                .statusCode(200)
                .body("result.resources.uri", contains("orders://catalog"));
        AuthHttp.request(reader, session, "resources/templates/list", "{}").then()
                .statusCode(200)
                .body("result.resourceTemplates", equalTo(java.util.List.of()));
        String exporter = token("orders:read orders:export");
        AuthHttp.request(exporter, AuthHttp.openSession(exporter), "resources/templates/list", "{}").then()
                .body("result.resourceTemplates.uriTemplate", contains("orders://exports/{id}"));
    }

    @Test
    void readWithoutTokenThen401() {
        // OrderTools has a public tool, so requests without a token reach the endpoint.
        McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"orders://catalog\"}").then()
                .statusCode(401)
                .header("WWW-Authenticate", "Bearer resource_metadata=\"" + AuthApps.METADATA_URL
                        + "\", scope=\"admin orders:export orders:read orders:write\"");
    }
}
