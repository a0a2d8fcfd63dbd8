package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class PromptRequestContextTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, Draft.class, McpHttp.class));

    @RequestScoped
    static class Draft {

        static final AtomicInteger DESTROYED = new AtomicInteger();

        private final StringBuilder text = new StringBuilder();

        void append(String part) {
            text.append(part);
        }

        String text() {
            return text.toString();
        }

        @PreDestroy
        void destroyed() {
            DESTROYED.incrementAndGet();
        }
    }

    static class Prompts {

        @Inject
        Draft draft;

        @Inject
        Caller injected;

        @Prompt
        String compose(String topic, Caller caller) {
            draft.append("About ");
            draft.append(topic);
            return draft.text() + "; authenticated=" + caller.authenticated() + "; injected="
                    + injected.authenticated();
        }
    }

    @Test
    void requestScopedBeansLiveForOneGetAndTheCallerIsPassedAndInjectable() {
        int destroyedBefore = Draft.DESTROYED.get();
        String session = McpHttp.openSession();
        for (int i = 0; i < 2; i++) {
            String body = McpHttp.request(session, "prompts/get", "{\"name\":\"compose\",\"arguments\":"
                    + "{\"topic\":\"tides\"}}").then().statusCode(200).extract().asString();
            assertThat(McpHttp.json(body).path("result").path("messages").get(0).path("content").path("text")
                    .asText()).isEqualTo("About tides; authenticated=false; injected=false");
        }
        assertThat(Draft.DESTROYED.get()).isEqualTo(destroyedBefore + 2);
    }
}
