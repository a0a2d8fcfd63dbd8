package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.equalTo;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.protocol.Fixtures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code Mcp-Method} (every request) and {@code Mcp-Name} ({@code tools/call}, {@code prompts/get},
 * {@code resources/read}) must be present and match the body, else 400 with HeaderMismatch (-32020); a name sent in
 * the {@code =?base64?...?=} form is decoded before the comparison.
 */
class MethodAndNameHeaderTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class, StatelessHttp.class));

    private static final String CALL_WEATHER = StatelessHttp.body(21, "tools/call",
            "\"name\":\"weather\",\"arguments\":{}", StatelessHttp.meta("2026-07-28", "{}"));

    @Test
    void missingMethodHeaderIs400() {
        McpHttp.post().header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Name", "weather").body(CALL_WEATHER)
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(21))
                .body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the Mcp-Method header is required"));
    }

    @Test
    void methodHeaderDifferentFromBodyIs400() {
        StatelessHttp.post("tools/list", "weather").body(CALL_WEATHER).post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo(-32020))
                .body("error.message",
                        equalTo("Header mismatch: the Mcp-Method header does not match the request's method"));
    }

    @Test
    void missingNameHeaderIs400() {
        StatelessHttp.post("tools/call", null).body(CALL_WEATHER).post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the Mcp-Name header is required for tools/call"));
    }

    @Test
    void nameHeaderDifferentFromBodyIs400AndTheToolDoesNotRun() {
        StatelessHttp.post("tools/call", "season").body(CALL_WEATHER).post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the Mcp-Name header does not match params.name"));
    }

    @Test
    void base64NameHeaderIsDecodedBeforeTheComparison() {
        String encoded = "=?base64?" + Base64.getEncoder().encodeToString("weather".getBytes(StandardCharsets.UTF_8))
                + "?=";
        StatelessHttp.post("tools/call", encoded).body(CALL_WEATHER).post(McpHttp.PATH).then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("sunny"));
    }

    @Test
    void invalidBase64NameHeaderIs400() {
        StatelessHttp.post("tools/call", "=?base64?not base64!?=").body(CALL_WEATHER).post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo(-32020));
    }
}
