package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.protocol.Fixtures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code MCP-Protocol-Version} must be present and equal to {@code _meta}'s version (else 400, HeaderMismatch
 * -32020); a version the server does not speak is 400 with UnsupportedProtocolVersion (-32022) listing ours.
 */
class ProtocolVersionHeaderMismatchTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class, StatelessHttp.class));

    @Test
    void headerDifferentFromMetaIs400HeaderMismatch() {
        McpHttp.post().header("MCP-Protocol-Version", "2026-07-28").header("Mcp-Method", "server/discover")
                .body(StatelessHttp.body(302, "server/discover", "", StatelessHttp.meta("v999.0.0", "{}")))
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(302))
                .body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the MCP-Protocol-Version header does not match "
                        + "io.modelcontextprotocol/protocolVersion in params._meta"));
    }

    @Test
    void missingHeaderIs400HeaderMismatch() {
        McpHttp.post().header("Mcp-Method", "server/discover")
                .body(StatelessHttp.body(303, "server/discover", "", StatelessHttp.meta("2026-07-28", "{}")))
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the MCP-Protocol-Version header is required"));
    }

    @Test
    void unsupportedVersionIs400WithTheSupportedVersions() {
        McpHttp.post().header("MCP-Protocol-Version", "v999.0.0").header("Mcp-Method", "server/discover")
                .body(StatelessHttp.body(301, "server/discover", "", StatelessHttp.meta("v999.0.0", "{}")))
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(301))
                .body("error.code", equalTo(-32022))
                .body("error.data.supported", contains("2026-07-28", "2025-11-25", "2025-06-18"))
                .body("error.data.requested", equalTo("v999.0.0"));
    }
}
