package io.mcpwarden.deployment.test.protocol;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ProtocolVersionHeaderTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class));

    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"ping\"}";

    @Test
    void unsupportedVersionHeaderIs400() {
        String session = McpHttp.openSession();
        McpHttp.post().header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2024-01-01").body(PING)
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(5))
                .body("error.code", equalTo(-32600))
                .body("error.message", equalTo(
                        "Bad request: unsupported MCP-Protocol-Version; supported versions: 2025-11-25, 2025-06-18"));
    }

    @Test
    void versionHeaderDifferentFromNegotiatedIs400() {
        String session = McpHttp.openSession();
        McpHttp.post().header("Mcp-Session-Id", session).header("MCP-Protocol-Version", "2025-06-18").body(PING)
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.message",
                        equalTo("Bad request: MCP-Protocol-Version differs from the version negotiated for this session"));
    }

    @Test
    void missingVersionHeaderFallsBackToTheNegotiatedVersion() {
        String session = McpHttp.openSession();
        McpHttp.post().header("Mcp-Session-Id", session).body(PING).post(McpHttp.PATH).then()
                .statusCode(200)
                .body("result.size()", equalTo(0));
    }
}
