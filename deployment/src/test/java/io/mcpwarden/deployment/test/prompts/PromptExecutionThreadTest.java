package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.mutiny.Uni;

class PromptExecutionThreadTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt
        String plain() {
            return Thread.currentThread().getName();
        }

        @NonBlocking
        @Prompt
        String nonBlocking() {
            return Thread.currentThread().getName();
        }

        @Prompt
        Uni<String> reactive() {
            return Uni.createFrom().item(Thread.currentThread().getName());
        }

        @Blocking
        @Prompt
        Uni<String> blockingReactive() {
            return Uni.createFrom().item(Thread.currentThread().getName());
        }
    }

    @Test
    void plainMethodRunsOnAWorkerThread() {
        assertThat(threadOf("plain")).startsWith("executor-thread-");
    }

    @Test
    void nonBlockingMethodRunsOnTheEventLoop() {
        assertThat(threadOf("nonBlocking")).startsWith("vert.x-eventloop-thread-");
    }

    @Test
    void methodReturningUniRunsOnTheEventLoop() {
        assertThat(threadOf("reactive")).startsWith("vert.x-eventloop-thread-");
    }

    @Test
    void blockingMethodReturningUniRunsOnAWorkerThread() {
        assertThat(threadOf("blockingReactive")).startsWith("executor-thread-");
    }

    private static String threadOf(String prompt) {
        String body = McpHttp.request(McpHttp.openSession(), "prompts/get", "{\"name\":\"" + prompt + "\"}").then()
                .statusCode(200).extract().asString();
        return McpHttp.json(body).path("result").path("messages").get(0).path("content").path("text").asText();
    }
}
