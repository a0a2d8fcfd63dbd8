package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;

class UnsupportedParameterTypeTest {

    private static final String TOOLS = UnsupportedParameterTypeTest.class.getName() + "$Tools";
    private static final String HOLDER = UnsupportedParameterTypeTest.class.getName() + "$Holder";
    private static final String SEE = " (see the @Tool javadoc for the accepted types): ";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, Holder.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:"
                            + "\n\t- @Tool method has an unsupported parameter type java.lang.Object for parameter "
                            + "'value'" + SEE + TOOLS + "#anything()"
                            + "\n\t- @Tool method has an unsupported parameter type " + HOLDER + " for parameter "
                            + "'holder', because it contains java.lang.Object" + SEE + TOOLS + "#nested()"
                            + "\n\t- @Tool method has an unsupported parameter type java.util.List for parameter "
                            + "'items'" + SEE + TOOLS + "#rawList()"
                            + "\n\t- @Tool method has an unsupported parameter type java.lang.Thread for parameter "
                            + "'worker'" + SEE + TOOLS + "#thread()"));

    record Holder(Object value) {
    }

    static class Tools {

        @Tool
        String anything(Object value) {
            return "";
        }

        @Tool
        String nested(Holder holder) {
            return "";
        }

        @SuppressWarnings("rawtypes")
        @Tool
        String rawList(List items) {
            return "";
        }

        @Tool
        String thread(Thread worker) {
            return "";
        }
    }

    @Test
    void theBuildFailsNamingEveryParameter() {
        throw new AssertionError("Not run: the application must not start");
    }
}
