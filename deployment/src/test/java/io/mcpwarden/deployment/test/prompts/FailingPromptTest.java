package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.PromptMessage;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class FailingPromptTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt
        String explode() {
            throw new IllegalStateException("jdbc://db.internal password=hunter2");
        }

        @Prompt
        Uni<String> explodeLater() {
            return Uni.createFrom().failure(new IllegalStateException("jdbc://db.internal password=hunter2"));
        }

        @Prompt
        PromptMessage nothing() {
            return null;
        }
    }

    private static void assertSafeInternalError(String prompt) {
        String body = McpHttp.request(McpHttp.openSession(), "prompts/get", "{\"name\":\"" + prompt + "\"}").then()
                .statusCode(200).extract().asString();
        assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":"
                + "-32603,\"message\":\"The prompt '" + prompt + "' failed. The server log has the details.\"}}"));
        assertThat(body).doesNotContain("IllegalStateException", "hunter2", "FailingPromptTest");
    }

    @Test
    void exceptionBecomesInternalErrorWithoutDetails() {
        assertSafeInternalError("explode");
    }

    @Test
    void failedUniBecomesInternalErrorWithoutDetails() {
        assertSafeInternalError("explodeLater");
    }

    @Test
    void nullResultBecomesInternalError() {
        assertSafeInternalError("nothing");
    }
}
