package io.mcpwarden.deployment.test.resources;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Resource;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequireClaim;
import io.mcpwarden.auth.RequiresScopes;
import io.quarkus.test.QuarkusUnitTest;

class UnsupportedAccessRuleOnResourceTest {

    private static final String DOCS = UnsupportedAccessRuleOnResourceTest.class.getName() + "$Docs";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Docs.class, BuildReports.class))
            .assertException(failure -> assertThat(
                    BuildReports.report(failure, "Invalid MCP resource access policies:"))
                    .isEqualTo("Invalid MCP resource access policies:"
                            + "\n\t- @RequireClaim is not supported on @ResourceTemplate methods yet (only "
                            + "@RequiresScopes and @RequiresAnyScope are): move the method to a class without it: "
                            + DOCS + "#page()"
                            + "\n\t- @PublicTool is not supported on @Resource methods yet (only @RequiresScopes and "
                            + "@RequiresAnyScope are): remove it: " + DOCS + "#readme()"
                            + "\n\t- @RequireClaim is not supported on @Resource methods yet (only @RequiresScopes and "
                            + "@RequiresAnyScope are): move the method to a class without it: " + DOCS + "#readme()"
                            + "\n\t- Scope 'docs:read' is not declared: add quarkus.warden.scopes.\"docs\\:read\""
                            + ".description to the configuration: " + DOCS + "#readme()"));

    @RequireClaim(name = "tenant", anyOf = "acme")
    static class Docs {

        @ResourceTemplate(uriTemplate = "docs://pages/{name}")
        String page(String name) {
            return name;
        }

        @Resource(uri = "docs://readme")
        @PublicTool
        @RequiresScopes("docs:read")
        String readme() {
            return "";
        }
    }

    @Test
    void theBuildFailsRatherThanIgnoringTheRule() {
        throw new AssertionError("Not run: the application must not start");
    }
}
