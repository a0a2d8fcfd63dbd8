package io.mcpwarden.deployment.test.stateless;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.protocol.Fixtures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Stateless results carry {@code resultType: complete}; list results also carry the caching hints ({@code ttlMs},
 * {@code cacheScope}), and the session era's results stay as they were.
 */
class ResultTypeAndCachingTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Fixtures.class, McpHttp.class, StatelessHttp.class));

    @Test
    void toolsListCarriesResultTypeAndCachingHints() {
        StatelessHttp.request("tools/list", null, "").then()
                .statusCode(200)
                .header("Mcp-Session-Id", nullValue())
                .body("result.resultType", equalTo("complete"))
                .body("result.ttlMs", equalTo(0))
                .body("result.cacheScope", equalTo("private"))
                .body("result.tools.name", containsInAnyOrder("timeOfDay", "weather", "season"));
    }

    @Test
    void toolCallCarriesResultTypeWithoutCachingHints() {
        StatelessHttp.callTool("season", "{}", StatelessHttp.NO_CAPABILITIES).then()
                .statusCode(200)
                .body("result.resultType", equalTo("complete"))
                .body("result.ttlMs", nullValue())
                .body("result.content[0].text", equalTo("spring"));
    }

    @Test
    void sessionEraResultsHaveNoResultType() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "tools/list", "{}").then()
                .statusCode(200)
                .body("result.resultType", nullValue())
                .body("result.ttlMs", nullValue());
    }
}
