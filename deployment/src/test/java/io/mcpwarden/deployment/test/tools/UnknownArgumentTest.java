package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class UnknownArgumentTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Tools {

        @Tool
        String cancel(String orderId, String reason) {
            return orderId;
        }

        @Tool
        String ping() {
            return "pong";
        }
    }

    @Test
    void unknownArgumentIsAnErrorResultListingTheAcceptedOnes() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "cancel",
                "{\"orderId\":\"42\",\"reason\":\"late\",\"colour\":\"red\"}"))
                .isEqualTo(McpHttp.errorResult("Unknown argument 'colour'. Accepted arguments: orderId, reason"));
    }

    @Test
    void anyArgumentToAToolWithoutParametersIsUnknown() {
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "ping", "{\"x\":1}"))
                .isEqualTo(McpHttp.errorResult("Unknown argument 'x'. Accepted arguments: none"));
    }
}
