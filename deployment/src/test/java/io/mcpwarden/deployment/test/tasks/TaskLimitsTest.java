package io.mcpwarden.deployment.test.tasks;

import static io.mcpwarden.deployment.test.tasks.TaskHttp.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * An identity keeps at most {@code quarkus.warden.tasks.max-per-identity} tasks: a new task replaces its oldest ended
 * one, and is refused (-32000, the tool does not run) while all are unfinished.
 */
class TaskLimitsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.tasks.max-per-identity", "2")
            .withApplicationRoot(jar -> jar.addClasses(TaskTools.class, TaskHttp.class, McpHttp.class,
                    StatelessHttp.class));

    @Test
    void aThirdUnfinishedTaskIsRefusedAndAnEndedOneMakesRoom() throws Exception {
        TaskTools.reset();
        String first = TaskHttp.call("slow", "{\"label\":\"1\"}", TASKS).jsonPath().getString("result.taskId");
        String second = TaskHttp.call("slow", "{\"label\":\"2\"}", TASKS).jsonPath().getString("result.taskId");
        TaskHttp.call("slow", "{\"label\":\"3\"}", TASKS).then().statusCode(200)
                .body("error.code", equalTo(-32000))
                .body("error.message", equalTo("Too many tasks: this identity has 2 unfinished tasks; wait for one "
                        + "to end, or cancel one"));
        assertThat(TaskTools.RUNS.get()).as("the refused call's tool did not run").isEqualTo(2);

        TaskTools.release.countDown();
        TaskHttp.awaitStatus(first, "completed");
        TaskHttp.awaitStatus(second, "completed");
        String third = TaskHttp.call("slow", "{\"label\":\"4\"}", TASKS).jsonPath().getString("result.taskId");
        assertThat(TaskHttp.awaitStatus(third, "completed").getString("result.result.content[0].text"))
                .isEqualTo("done 4");
        TaskHttp.task("tasks/get", first, "", TASKS).then().statusCode(200)
                .body("error.message", equalTo("Failed to retrieve task: Task not found"));
        assertThat(TaskHttp.get(second).getString("result.status")).isEqualTo("completed");
    }
}
