package io.mcpwarden.deployment.test.stateless;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.McpLog;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A stateless request gets log messages only when its {@code _meta} asks for a level (the revision's replacement of
 * {@code logging/setLevel}); they travel on the request's own SSE stream, before its result.
 */
class PerRequestLogLevelTest {

    public static class LoggingTools {

        @Tool(description = "Logs one info and one debug message")
        String chatty(McpLog log) {
            log.info("working");
            log.debug("details");
            return "done";
        }
    }

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(LoggingTools.class, McpHttp.class, StatelessHttp.class));

    private static final String CALL = "\"name\":\"chatty\",\"arguments\":{}";

    @Test
    void withoutLogLevelNoLogMessageIsSent() {
        StatelessHttp.request("tools/call", "chatty", CALL).then()
                .statusCode(200)
                .contentType("application/json")
                .body("result.content[0].text", equalTo("done"));
    }

    @Test
    void withLogLevelTheMessagesAtOrAboveItPrecedeTheResult() {
        String meta = "{\"io.modelcontextprotocol/protocolVersion\":\"2026-07-28\","
                + "\"io.modelcontextprotocol/clientCapabilities\":{},\"io.modelcontextprotocol/logLevel\":\"info\"}";
        String body = StatelessHttp.post("tools/call", "chatty").body(StatelessHttp.body(4, "tools/call", CALL, meta))
                .post(McpHttp.PATH).then()
                .statusCode(200)
                .contentType(startsWith("text/event-stream"))
                .body(containsString("\"method\":\"notifications/message\""))
                .extract().asString();
        assertThat(body).contains("working").doesNotContain("details")
                .contains("\"resultType\":\"complete\"");
        assertThat(body.indexOf("working")).isLessThan(body.indexOf("resultType"));
    }
}
