package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.smallrye.mutiny.Uni;

class FailingResourceTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Feeds.class, McpHttp.class));

    static class Feeds {

        @Resource(uri = "feeds://broken")
        String broken() {
            throw new IllegalStateException("database password is hunter2");
        }

        @Resource(uri = "feeds://late")
        CompletionStage<String> late() {
            return CompletableFuture.failedFuture(new IllegalStateException("secret detail"));
        }

        @Resource(uri = "feeds://async", mimeType = "text/plain")
        Uni<String> async() {
            return Uni.createFrom().item("arrived later");
        }
    }

    @Test
    void exceptionIsInternalErrorWithoutItsMessage() {
        for (String uri : new String[] { "feeds://broken", "feeds://late" }) {
            String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"" + uri + "\"}")
                    .then().statusCode(200).extract().asString();
            assertThat(McpHttp.json(body).path("error")).isEqualTo(McpHttp.json("""
                    {"code":-32603,"message":"Reading the resource failed. The server log has the details.",
                    "data":{"uri":"%s"}}""".formatted(uri)));
        }
    }

    @Test
    void asyncResourceCompletesLater() {
        String body = McpHttp.request(McpHttp.openSession(), "resources/read", "{\"uri\":\"feeds://async\"}")
                .then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json("""
                {"contents":[{"uri":"feeds://async","mimeType":"text/plain","text":"arrived later"}]}"""));
    }
}
