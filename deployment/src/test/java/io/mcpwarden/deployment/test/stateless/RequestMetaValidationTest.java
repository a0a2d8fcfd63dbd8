package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.protocol.Fixtures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A stateless request whose {@code _meta} lacks a required field is refused with 400 and invalid params (-32602),
 * keeping the request's id.
 */
class RequestMetaValidationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class, StatelessHttp.class));

    @Test
    void missingMetaIs400InvalidParams() {
        StatelessHttp.post("server/discover", null)
                .body("{\"jsonrpc\":\"2.0\",\"id\":101,\"method\":\"server/discover\",\"params\":{}}")
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(101))
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Invalid params: protocol revision 2026-07-28 needs params._meta with "
                        + "io.modelcontextprotocol/protocolVersion and io.modelcontextprotocol/clientCapabilities"));
    }

    @Test
    void missingClientCapabilitiesIs400InvalidParams() {
        String meta = "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\"}";
        StatelessHttp.post("server/discover", null).body(StatelessHttp.body(104, "server/discover", "", meta))
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("id", equalTo(104))
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo(
                        "Invalid params: params._meta needs a io.modelcontextprotocol/clientCapabilities object"));
    }

    @Test
    void unknownLogLevelIs400InvalidParams() {
        String meta = "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/logLevel\":\"loud\"}";
        StatelessHttp.post("server/discover", null).body(StatelessHttp.body(105, "server/discover", "", meta))
                .post(McpHttp.PATH).then()
                .statusCode(400)
                .body("error.code", equalTo(-32602));
    }
}
