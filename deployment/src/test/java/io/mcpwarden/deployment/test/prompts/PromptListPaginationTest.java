package io.mcpwarden.deployment.test.prompts;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class PromptListPaginationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.prompts.page-size", "2");

    static class Prompts {

        @Prompt
        String charlie() {
            return "c";
        }

        @Prompt
        String alpha() {
            return "a";
        }

        @Prompt
        String bravo() {
            return "b";
        }
    }

    @Test
    void pagesFollowTheCursorInNameOrder() {
        String session = McpHttp.openSession();
        String cursor = McpHttp.request(session, "prompts/list", "{}").then()
                .statusCode(200)
                .body("result.prompts.name", contains("alpha", "bravo"))
                .extract().path("result.nextCursor");
        McpHttp.request(session, "prompts/list", "{\"cursor\":\"" + cursor + "\"}").then()
                .statusCode(200)
                .body("result.prompts.name", contains("charlie"))
                .body("result.nextCursor", nullValue());
    }

    @Test
    void cursorWeDidNotIssueIsInvalidParams() {
        String session = McpHttp.openSession();
        String toolsCursor = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("tools:2".getBytes(StandardCharsets.US_ASCII));
        for (String cursor : new String[] { "\"garbage!\"", "\"" + toolsCursor + "\"", "42" }) {
            McpHttp.request(session, "prompts/list", "{\"cursor\":" + cursor + "}").then()
                    .statusCode(200)
                    .body("error.code", equalTo(-32602))
                    .body("error.message", equalTo("Invalid cursor"));
        }
    }
}
