package io.mcpwarden.deployment.test.cors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.ScopedOnlyTools;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * With Quarkus' own CORS filter on, Warden adds no CORS headers of its own: the application's configuration is
 * what the browser sees, on the MCP endpoint as everywhere else.
 */
class QuarkusCorsFilterTest {

    private static final String APP_ORIGIN = "https://app.example.com";

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(ScopedOnlyTools.class)
            .overrideConfigKey("quarkus.warden.http.allowed-origins", APP_ORIGIN)
            .overrideConfigKey("quarkus.http.cors.enabled", "true")
            .overrideConfigKey("quarkus.http.cors.origins", APP_ORIGIN)
            .overrideConfigKey("quarkus.http.cors.exposed-headers", "WWW-Authenticate,Mcp-Session-Id");

    @Test
    void quarkusAnswersThePreflightAndWardenAddsNothing() {
        Response preflight = given().header("Origin", APP_ORIGIN).header("Access-Control-Request-Method", "POST")
                .options(McpHttp.PATH);
        assertThat(preflight.statusCode()).isEqualTo(200);
        assertThat(preflight.headers().getValues("Access-Control-Allow-Origin")).containsExactly(APP_ORIGIN);
        assertThat(preflight.header("Access-Control-Max-Age")).isNull();

        Response refused = McpHttp.post().header("Origin", APP_ORIGIN).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().getValues("Access-Control-Allow-Origin")).containsExactly(APP_ORIGIN);
        assertThat(refused.header("Access-Control-Expose-Headers")).isEqualTo("WWW-Authenticate,Mcp-Session-Id");
    }
}
