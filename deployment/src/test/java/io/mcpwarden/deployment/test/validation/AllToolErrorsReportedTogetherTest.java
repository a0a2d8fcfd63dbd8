package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

class AllToolErrorsReportedTogetherTest {

    private static final String BROKEN = AllToolErrorsReportedTogetherTest.class.getName() + "$Broken";
    private static final String SEE = " (see the @Tool javadoc for the accepted types): ";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:"
                            + "\n\t- @ToolArg default value of 'limit' is not a valid JSON value of its type: "
                            + BROKEN + "#badDefault()"
                            + "\n\t- @Tool name 'has space' is invalid: use 1 to 128 characters from A-Z a-z 0-9 _ - . : "
                            + BROKEN + "#badName()"
                            + "\n\t- @Tool method has an unsupported parameter type java.lang.Object for parameter "
                            + "'value'" + SEE + BROKEN + "#badParameter()"
                            + "\n\t- @Tool method has an unsupported return type java.util.List<java.lang.String>"
                            + SEE + BROKEN + "#badReturn()"
                            + "\n\t- @Tool method must not be private: " + BROKEN + "#hidden()"
                            + "\n\t- @Tool method has an unsupported return type java.lang.Thread" + SEE + BROKEN
                            + "#hidden()"
                            + "\n\t- @Tool method must not be static: " + BROKEN + "#shared()"
                            + "\n\t- @ToolArg default value of 'count' is not a valid JSON value of its type: "
                            + BROKEN + "#shared()"
                            + "\n\t- Duplicate @Tool name 'twin': " + BROKEN + "#twinOne(), " + BROKEN
                            + "#twinTwo()"));

    static class Broken {

        @Tool
        String badParameter(Object value) {
            return "";
        }

        @Tool
        List<String> badReturn() {
            return List.of();
        }

        @Tool
        String badDefault(@ToolArg(defaultValue = "abc") int limit) {
            return "";
        }

        @Tool(name = "has space")
        String badName() {
            return "";
        }

        @Tool
        private Thread hidden() {
            return null;
        }

        @Tool
        static String shared(@ToolArg(defaultValue = "many") int count) {
            return "";
        }

        @Tool(name = "twin")
        String twinOne() {
            return "";
        }

        @Tool(name = "twin")
        String twinTwo() {
            return "";
        }

        @Tool
        String fine(String value) {
            return value;
        }
    }

    @Test
    void everyErrorIsInOneReport() {
        throw new AssertionError("Not run: the application must not start");
    }
}
