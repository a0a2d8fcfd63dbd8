package io.mcpwarden.deployment.test.protocol;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ToolListPaginationTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class))
            .overrideConfigKey("quarkus.warden.tools.page-size", "2");

    @Test
    void pagesFollowTheCursorInNameOrder() {
        String session = McpHttp.openSession();
        String cursor = McpHttp.request(session, "tools/list", "{}").then()
                .statusCode(200)
                .body("result.tools.name", contains("season", "timeOfDay"))
                .extract().path("result.nextCursor");
        McpHttp.request(session, "tools/list", "{\"cursor\":\"" + cursor + "\"}").then()
                .statusCode(200)
                .body("result.tools.name", contains("weather"))
                .body("result.nextCursor", nullValue());
    }

    @Test
    void descriptorCarriesNameDescriptionSchemaAndHints() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "tools/list", "{}").then()
                .body("result.tools[0].description", equalTo("Tells the season"))
                .body("result.tools[0].inputSchema.type", equalTo("object"))
                .body("result.tools[0].inputSchema.additionalProperties", equalTo(false))
                .body("result.tools[0].annotations.readOnlyHint", equalTo(false))
                .body("result.tools[0].annotations.destructiveHint", equalTo(true))
                .body("result.tools[0].annotations.openWorldHint", equalTo(true));
    }

    @Test
    void cursorWeDidNotIssueIsInvalidParams() {
        String session = McpHttp.openSession();
        for (String cursor : new String[] { "\"garbage!\"", "\"dG9vbHM6OTk5\"", "42" }) {
            McpHttp.request(session, "tools/list", "{\"cursor\":" + cursor + "}").then()
                    .statusCode(200)
                    .body("error.code", equalTo(-32602))
                    .body("error.message", equalTo("Invalid cursor"));
        }
    }
}
