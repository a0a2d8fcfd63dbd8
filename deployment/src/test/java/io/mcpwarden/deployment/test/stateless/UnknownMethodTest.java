package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.protocol.Fixtures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * In the stateless era an unknown method, a method the revision removed, and a feature the application does not
 * offer are 404 with method not found (-32601); GET and DELETE, which need a session, are 405.
 */
class UnknownMethodTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class, StatelessHttp.class));

    @Test
    void unknownMethodIs404() {
        assertMethodNotFound("unknown/method");
    }

    @Test
    void methodsTheRevisionRemovedAre404() {
        for (String removed : new String[] { "initialize", "ping", "logging/setLevel", "resources/subscribe",
                "resources/unsubscribe" }) {
            assertMethodNotFound(removed);
        }
    }

    @Test
    void featureTheApplicationDoesNotOfferIs404() {
        assertMethodNotFound("prompts/list");
    }

    private static void assertMethodNotFound(String method) {
        StatelessHttp.request(method, null, "").then()
                .statusCode(404)
                .body("id", equalTo(9))
                .body("error.code", equalTo(-32601))
                .body("error.message", equalTo("Method not found"));
    }

    @Test
    void getWithTheStatelessVersionIs405() {
        McpHttp.post().header("MCP-Protocol-Version", "2026-07-28").accept("text/event-stream").get(McpHttp.PATH)
                .then()
                .statusCode(405)
                .header("Allow", "POST");
    }
}
