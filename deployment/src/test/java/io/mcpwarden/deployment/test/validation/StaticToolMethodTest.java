package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;

class StaticToolMethodTest {

    private static final String TOOLS = StaticToolMethodTest.class.getName() + "$Tools";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:\n\t- @Tool method must not be static: " + TOOLS + "#cancel()"));

    static class Tools {

        @Tool
        static String cancel(String orderId) {
            return orderId;
        }
    }

    @Test
    void theBuildFailsWithTheReport() {
        throw new AssertionError("Not run: the application must not start");
    }
}
