package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

class InvalidDefaultValueTest {

    private static final String TOOLS = InvalidDefaultValueTest.class.getName() + "$Tools";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:\n\t- @ToolArg default value of 'limit' is not a valid JSON value of its type: "
                            + TOOLS + "#list()"));

    static class Tools {

        @Tool
        String list(@ToolArg(defaultValue = "abc") int limit) {
            return "" + limit;
        }
    }

    @Test
    void theBuildFailsWithTheReport() {
        throw new AssertionError("Not run: the application must not start");
    }
}
