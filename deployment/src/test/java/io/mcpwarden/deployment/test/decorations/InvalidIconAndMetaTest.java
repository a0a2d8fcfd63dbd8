package io.mcpwarden.deployment.test.decorations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Icon;
import io.mcpwarden.Meta;
import io.mcpwarden.Tool;
import io.mcpwarden.deployment.test.validation.DeploymentFailures;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Icons that clients should not load and {@code _meta} keys MCP reserves fail the build, each named with its place.
 */
class InvalidIconAndMetaTest {

    private static final String WHERE = InvalidIconAndMetaTest.class.getName() + "$Tools#bad()";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.report(failure,
                    "Invalid MCP tool declarations:")).isEqualTo("Invalid MCP tool declarations:"
                            + "\n\t- @Icon src 'http://cdn.example.com/a.png' on @Tool must be an https: or data: URI: "
                            + WHERE
                            + "\n\t- @Icon size 'big' on @Tool must be WIDTHxHEIGHT or any: " + WHERE
                            + "\n\t- @Meta key 'io.modelcontextprotocol/x' on @Tool uses a prefix reserved by MCP: "
                            + WHERE
                            + "\n\t- @Meta key 'bad key' on @Tool is invalid: use an optional reverse-DNS prefix and "
                            + "'/', then a name of letters, digits, '.', '_' and '-': " + WHERE));

    static class Tools {
        @Tool
        @Icon(src = "http://cdn.example.com/a.png", sizes = "big")
        @Meta(key = "io.modelcontextprotocol/x", value = "1")
        @Meta(key = "bad key", value = "1")
        String bad() {
            return "";
        }
    }

    @Test
    void buildFails() {
        // assertException above checks the report
    }
}
