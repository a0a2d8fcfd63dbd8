package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.ResourceUpdates;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code resources/subscribe} registers the session for {@code notifications/resources/updated}, which
 * {@link ResourceUpdates} sends on the GET stream of subscribed sessions only, until they unsubscribe.
 */
class ResourceSubscriptionTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Docs.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    @Inject
    ResourceUpdates updates;

    static class Docs {
        @Resource(uri = "docs://readme")
        String readme() {
            return "read me";
        }

        @ResourceTemplate(uriTemplate = "docs://pages/{page}")
        String page(String page) {
            return "page " + page;
        }
    }

    @Test
    void subscribedSessionsGetUpdatesOnTheirGetStreamUntilTheyUnsubscribe() {
        String subscriber = McpSessions.open("{}");
        String bystander = McpSessions.open("{}");
        McpHttp.request(subscriber, "resources/subscribe", "{\"uri\":\"docs://pages/intro\"}").then().statusCode(200)
                .body("result", equalTo(java.util.Map.of()));
        try (SseClient stream = SseClient.get(subscriber, null); SseClient other = SseClient.get(bystander, null)) {
            stream.next();
            other.next();
            assertThat(updates.updated("docs://pages/intro")).isEqualTo(1);
            assertThat(updates.updated("docs://readme")).isZero();
            assertThat(stream.nextMessage()).isEqualTo(McpHttp.json("""
                    {"jsonrpc":"2.0","method":"notifications/resources/updated","params":{"uri":"docs://pages/intro"}}"""));
            McpHttp.request(subscriber, "resources/unsubscribe", "{\"uri\":\"docs://pages/intro\"}").then()
                    .statusCode(200);
            assertThat(updates.updated("docs://pages/intro")).isZero();
        }
    }

    @Test
    void subscribingToNothingIsResourceNotFound() {
        McpHttp.request(McpSessions.open("{}"), "resources/subscribe", "{\"uri\":\"docs://missing\"}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32002))
                .body("error.message", equalTo("Resource not found"))
                .body("error.data.uri", equalTo("docs://missing"));
    }

    @Test
    void initializeAdvertisesSubscriptions() {
        McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(200)
                .body("result.capabilities.resources.subscribe", equalTo(true));
    }
}
