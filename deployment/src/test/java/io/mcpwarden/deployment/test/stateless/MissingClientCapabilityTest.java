package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A tool that needs a capability the request's {@code _meta} does not declare ends the stateless request with 400
 * and MissingRequiredClientCapability (-32021) naming it; with the capability declared, the server still sends no
 * request of its own (the revision has none), and the tool ends with a tool error.
 */
class MissingClientCapabilityTest {

    public static class SamplingTools {

        @Tool(description = "Asks the client's model")
        CompletionStage<String> askModel(Sampling sampling) {
            return sampling.createMessage(SamplingRequest.builder().user("hi").maxTokens(5).build())
                    .thenApply(SamplingResult::text);
        }
    }

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(SamplingTools.class, McpHttp.class, StatelessHttp.class));

    @Test
    void undeclaredSamplingIs400MissingRequiredClientCapability() {
        StatelessHttp.callTool("askModel", "{}", StatelessHttp.NO_CAPABILITIES).then()
                .statusCode(400)
                .contentType("application/json")
                .body("id", equalTo(9))
                .body("error.code", equalTo(-32021))
                .body("error.data.requiredCapabilities.sampling", anEmptyMap())
                .body("error.message",
                        equalTo("The client does not support sampling: it did not declare the sampling capability"));
    }

    @Test
    void declaredSamplingSendsNoServerRequestAndEndsWithAToolError() {
        StatelessHttp.callTool("askModel", "{}", "{\"sampling\":{}}").then()
                .statusCode(200)
                .contentType("application/json")
                .body("result.resultType", equalTo("complete"))
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", equalTo("The client cannot be sent a sampling/createMessage request "
                        + "in protocol revision 2026-07-28: that revision replaces server-to-client requests with "
                        + "multi-round-trip results"));
    }
}
