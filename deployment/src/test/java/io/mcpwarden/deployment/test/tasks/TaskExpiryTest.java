package io.mcpwarden.deployment.test.tasks;

import static io.mcpwarden.deployment.test.tasks.TaskHttp.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * A task is kept for its time to live ({@code ttlMs}, from its creation) and no longer: then it is gone for
 * {@code tasks/get}, and its tool, still running, is stopped.
 */
class TaskExpiryTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.tasks.ttl", "1S")
            .withApplicationRoot(jar -> jar.addClasses(TaskTools.class, TaskHttp.class, McpHttp.class,
                    StatelessHttp.class));

    @Test
    void anExpiredTaskIsGoneAndItsToolStopped() throws Exception {
        TaskTools.reset();
        String taskId = TaskHttp.call("slow", "{\"label\":\"x\"}", TASKS).then().statusCode(200)
                .body("result.ttlMs", equalTo(1000)).extract().jsonPath().getString("result.taskId");
        assertThat(TaskHttp.get(taskId).getString("result.status")).isEqualTo("working");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (TaskHttp.task("tasks/get", taskId, "", TASKS).jsonPath().get("error") == null) {
            assertThat(System.nanoTime()).as("the task did not expire").isLessThan(deadline);
            Thread.sleep(100);
        }
        TaskHttp.task("tasks/get", taskId, "", TASKS).then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Failed to retrieve task: Task not found"));
        assertThat(TaskTools.interrupted.await(10, TimeUnit.SECONDS)).as("the expired task's tool was stopped")
                .isTrue();
    }
}
