package io.mcpwarden.deployment.test.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.TaskStart;
import io.mcpwarden.Tool;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A {@code TaskStart} parameter on a tool that never runs as a task would be a {@code begin()} that can never begin
 * anything: the build fails and says how to fix it.
 */
class TaskStartWithoutTasksTest {

    private static final String TOOLS = TaskStartWithoutTasksTest.class.getName() + "$Tools";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, DeploymentFailures.class))
            .assertException(failure -> assertThat(DeploymentFailures.toolReport(failure)).isEqualTo(
                    "Invalid MCP tool declarations:\n\t- @Tool method declares a TaskStart parameter but does not run "
                            + "as a task: set @Tool(tasks = TaskSupport.OPTIONAL) or TaskSupport.REQUIRED, or remove "
                            + "the parameter: " + TOOLS + "#report()"));

    static class Tools {

        @Tool
        String report(String customer, TaskStart task) {
            task.begin();
            return customer;
        }
    }

    @Test
    void theBuildFailsWithTheReport() {
        throw new AssertionError("Not run: the application must not start");
    }
}
