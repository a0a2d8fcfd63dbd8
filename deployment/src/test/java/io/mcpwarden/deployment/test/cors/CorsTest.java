package io.mcpwarden.deployment.test.cors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.auth.ScopedOnlyTools;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * CORS for a browser-based MCP client at https://app.example.com (configured) and at a loopback origin: preflights
 * are answered without a token, every answer (a 401 included) carries the allowed origin and the headers a client
 * must read, and an origin that is not allowed gets neither an answer nor CORS headers.
 */
class CorsTest {

    private static final String APP_ORIGIN = "https://app.example.com";
    private static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Mcp-Session-Id, "
            + "MCP-Protocol-Version, Last-Event-ID, Mcp-Method, Mcp-Name";
    private static final String EXPOSED_HEADERS = "WWW-Authenticate, Mcp-Session-Id, MCP-Protocol-Version, Retry-After";

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(ScopedOnlyTools.class)
            .overrideConfigKey("quarkus.warden.http.allowed-origins", APP_ORIGIN);

    private static Response preflight(String path, String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization, content-type, mcp-protocol-version")
                .options(path);
    }

    @Test
    void aPreflightFromAnAllowedOriginIsAnsweredWithoutAToken() {
        Response answer = preflight(McpHttp.PATH, APP_ORIGIN);
        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
        assertThat(answer.header("Vary")).isEqualTo("Origin");
        assertThat(answer.header("Access-Control-Allow-Methods")).isEqualTo("GET, POST, DELETE");
        assertThat(answer.header("Access-Control-Allow-Headers")).isEqualTo(ALLOWED_HEADERS);
        assertThat(answer.header("Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
        assertThat(answer.header("WWW-Authenticate")).isNull();

        Response loopback = preflight(McpHttp.PATH, "http://localhost:6274");
        assertThat(loopback.statusCode()).isEqualTo(204);
        assertThat(loopback.header("Access-Control-Allow-Origin")).isEqualTo("http://localhost:6274");
    }

    @Test
    void aRefusalCarriesTheCorsHeadersSoTheClientCanReadItsChallenge() {
        Response refused = McpHttp.post().header("Origin", APP_ORIGIN).body(McpHttp.initializeBody("2025-11-25"))
                .post(McpHttp.PATH);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.header("WWW-Authenticate")).isEqualTo("Bearer resource_metadata=\"" + AuthApps.METADATA_URL
                + "\", scope=\"admin orders:export orders:read orders:write\"");
        assertThat(refused.header("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
        assertThat(refused.header("Vary")).isEqualTo("Origin");
        assertThat(refused.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED_HEADERS);
        assertThat(refused.header("Access-Control-Allow-Credentials")).isNull();
    }

    @Test
    void anAuthenticatedAnswerExposesTheSessionId() {
        Response answer = McpHttp.post().header("Origin", APP_ORIGIN)
                .header("Authorization", "Bearer " + TestTokens.withScopes("orders:read"))
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.header("Mcp-Session-Id")).isNotNull();
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo(APP_ORIGIN);
        assertThat(answer.header("Access-Control-Expose-Headers")).isEqualTo(EXPOSED_HEADERS);
    }

    @Test
    void anOriginThatIsNotAllowedGetsNoCorsHeaders() {
        Response answer = preflight(McpHttp.PATH, "https://evil.example");
        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(answer.header("Access-Control-Allow-Origin")).isNull();
        assertThat(answer.header("Access-Control-Allow-Methods")).isNull();

        Response post = McpHttp.post().header("Origin", "https://evil.example")
                .body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH);
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void theProtectedResourceMetadataIsReadableFromAnyOrigin() {
        String path = "/.well-known/oauth-protected-resource/mcp";
        Response document = given().header("Origin", "https://any.example").get(path);
        assertThat(document.statusCode()).isEqualTo(200);
        assertThat(document.header("Access-Control-Allow-Origin")).isEqualTo("*");

        Response answer = given().header("Origin", "https://any.example")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "mcp-protocol-version").options(path);
        assertThat(answer.statusCode()).isEqualTo(204);
        assertThat(answer.header("Access-Control-Allow-Origin")).isEqualTo("*");
        assertThat(answer.header("Access-Control-Allow-Methods")).isEqualTo("GET");
        assertThat(answer.header("Access-Control-Allow-Headers")).isEqualTo("MCP-Protocol-Version");
        assertThat(answer.header("Access-Control-Max-Age")).isEqualTo("3600");
        assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
    }
}
