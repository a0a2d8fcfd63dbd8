package io.mcpwarden.deployment.test.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class InitializeNegotiationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.server.name", "order-desk")
            .overrideConfigKey("quarkus.warden.server.version", "2.1.0")
            .overrideConfigKey("quarkus.warden.server.instructions", "Use find_order first.");

    @Test
    void initializeWithSupportedVersionEchoesItAndOpensSession() {
        McpHttp.post().body(McpHttp.initializeBody("2025-06-18")).post(McpHttp.PATH).then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .header("Mcp-Session-Id", matchesPattern("[A-Za-z0-9_-]{43}"))
                .body("id", equalTo(1))
                .body("result.protocolVersion", equalTo("2025-06-18"))
                .body("result.capabilities.tools.listChanged", equalTo(true))
                .body("result.serverInfo.name", equalTo("order-desk"))
                .body("result.serverInfo.version", equalTo("2.1.0"))
                .body("result.instructions", equalTo("Use find_order first."));
    }

    @Test
    void initializeWithUnknownVersionAnswersLatest() {
        McpHttp.post().body(McpHttp.initializeBody("1999-01-01")).post(McpHttp.PATH).then()
                .statusCode(200)
                .body("result.protocolVersion", equalTo("2025-11-25"));
    }

    @Test
    void initializeWithoutProtocolVersionIsInvalidParams() {
        McpHttp.post().body("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":\"initialize\",\"params\":{}}")
                .post(McpHttp.PATH).then()
                .statusCode(200)
                .header("Mcp-Session-Id", (String) null)
                .body("id", equalTo("a"))
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("initialize needs a 'protocolVersion' string"));
    }

    @Test
    void eachInitializeOpensADistinctSession() {
        assertThat(McpHttp.openSession()).isNotEqualTo(McpHttp.openSession());
    }
}
