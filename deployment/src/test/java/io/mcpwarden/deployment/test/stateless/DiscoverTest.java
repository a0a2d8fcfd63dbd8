package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.protocol.Fixtures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code server/discover} answers without initialize and without a session: versions, capabilities (tool list
 * changes travel on {@code subscriptions/listen}; no extension is offered when no tool runs as a task), caching hints
 * and the server's identity in {@code _meta}.
 */
class DiscoverTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class, StatelessHttp.class));

    @Test
    void discoverListsVersionsAndCapabilitiesWithoutASession() {
        StatelessHttp.request("server/discover", null, "").then()
                .statusCode(200)
                .contentType("application/json")
                .header("Mcp-Session-Id", nullValue())
                .body("id", equalTo(9))
                .body("result.resultType", equalTo("complete"))
                .body("result.supportedVersions", contains("2026-07-28", "2025-11-25", "2025-06-18"))
                .body("result.capabilities.tools", notNullValue())
                .body("result.capabilities.tools.listChanged", equalTo(true))
                .body("result.capabilities.prompts", nullValue())
                .body("result.capabilities.extensions", nullValue())
                .body("result.ttlMs", equalTo(0))
                .body("result.cacheScope", equalTo("public"))
                .body("result._meta.'io.modelcontextprotocol/serverInfo'.name", notNullValue());
    }

    @Test
    void discoverServesARequestWithoutClientInfo() {
        String meta = "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{}}";
        StatelessHttp.post("server/discover", null).body(StatelessHttp.body(3, "server/discover", "", meta))
                .post(McpHttp.PATH).then()
                .statusCode(200)
                .body("result.resultType", equalTo("complete"));
    }
}
