package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;

class UnsupportedReturnTypeTest {

    private static final String TOOLS = UnsupportedReturnTypeTest.class.getName() + "$Tools";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:\n\t- @Tool method has an unsupported return type java.util.List<java.lang.String> (see the @Tool javadoc for the accepted types): "
                            + TOOLS + "#orderIds()"));

    static class Tools {

        @Tool
        List<String> orderIds() {
            return List.of();
        }
    }

    @Test
    void theBuildFailsWithTheReport() {
        throw new AssertionError("Not run: the application must not start");
    }
}
