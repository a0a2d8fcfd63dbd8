package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code @ToolArg(header = ...)} keeps the rules of {@code x-mcp-header} (clients drop a tool that breaks them):
 * an HTTP token, unique ignoring case, on a string, boolean or integer parameter. Each break fails the build.
 */
class ParamHeaderDeclarationErrorsTest {

    private static final String BROKEN = ParamHeaderDeclarationErrorsTest.class.getName() + "$Broken";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Broken.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:"
                            + "\n\t- @ToolArg header 'region' of 'zone' is declared twice (header names ignore case): "
                            + BROKEN + "#duplicate()"
                            + "\n\t- @ToolArg header on 'ratio' needs a String, boolean or integer (byte, short, int,"
                            + " long) parameter, not double: " + BROKEN + "#number()"
                            + "\n\t- @ToolArg header 'Tenant Id' of 'tenant' is not an HTTP header name (letters,"
                            + " digits and !#$%&'*+-.^_`|~): " + BROKEN + "#space()"));

    static class Broken {

        @Tool
        String space(@ToolArg(header = "Tenant Id") String tenant) {
            return tenant;
        }

        @Tool
        String duplicate(@ToolArg(header = "Region") String region, @ToolArg(header = "region") String zone) {
            return region + zone;
        }

        @Tool
        String number(@ToolArg(header = "Ratio") double ratio) {
            return Double.toString(ratio);
        }
    }

    @Test
    void theBuildFails() {
        // the assertions run in assertException
    }
}
