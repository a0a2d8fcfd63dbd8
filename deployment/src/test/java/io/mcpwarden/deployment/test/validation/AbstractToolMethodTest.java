package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;

class AbstractToolMethodTest {

    private static final String PREFIX = AbstractToolMethodTest.class.getName();
    private static final String RULE = "@Tool method must be declared on a CDI bean class (a concrete class, not an "
            + "interface, an abstract class or a class without a usable constructor): ";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(AbstractTools.class, ToolContract.class,
                    DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:"
                            + "\n\t- " + RULE + PREFIX + "$AbstractTools#cancel()"
                            + "\n\t- " + RULE + PREFIX + "$ToolContract#lookup()"));

    abstract static class AbstractTools {

        @Tool
        abstract String cancel(String orderId);
    }

    interface ToolContract {

        @Tool
        String lookup(String orderId);
    }

    @Test
    void theBuildFailsForAbstractAndInterfaceMethods() {
        throw new AssertionError("Not run: the application must not start");
    }
}
