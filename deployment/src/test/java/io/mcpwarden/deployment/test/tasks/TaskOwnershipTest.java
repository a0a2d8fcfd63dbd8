package io.mcpwarden.deployment.test.tasks;

import static io.mcpwarden.deployment.test.tasks.TaskHttp.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * A task belongs to the identity whose token created it: another identity, even of the same client, gets "task not
 * found" for it from every task method, and cannot cancel or answer it; a request without a token gets the 401
 * challenge before anything else.
 */
class TaskOwnershipTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(TaskTools.class, TaskHttp.class, StatelessHttp.class);

    private static Response as(String token, String method, String name, String fields) {
        return StatelessHttp.post(method, name).header("Authorization", "Bearer " + token)
                .body(StatelessHttp.body(5, method, fields, StatelessHttp.meta(StatelessHttp.VERSION, TASKS)))
                .post(io.mcpwarden.deployment.test.McpHttp.PATH);
    }

    @Test
    void anotherIdentityCannotSeeCancelOrAnswerTheTask() {
        TaskTools.reset();
        String alice = TestTokens.token().subject("alice").clientId("desk").sign();
        String bob = TestTokens.token().subject("bob").clientId("desk").sign();
        String taskId = as(alice, "tools/call", "slow", "\"name\":\"slow\",\"arguments\":{\"label\":\"mine\"}")
                .then().statusCode(200).body("result.resultType", equalTo("task")).extract().jsonPath()
                .getString("result.taskId");

        String taskIdField = "\"taskId\":\"" + taskId + "\"";
        for (String method : new String[] { "tasks/get", "tasks/cancel" }) {
            as(bob, method, taskId, taskIdField).then().statusCode(200)
                    .body("error.code", equalTo(-32602))
                    .body("error.message", equalTo("Failed to retrieve task: Task not found"));
        }
        as(bob, "tasks/update", taskId, taskIdField + ",\"inputResponses\":{}").then().statusCode(200)
                .body("error.code", equalTo(-32602));
        StatelessHttp.post("tasks/get", taskId)
                .body(StatelessHttp.body(5, "tasks/get", taskIdField, StatelessHttp.meta(StatelessHttp.VERSION, TASKS)))
                .post(io.mcpwarden.deployment.test.McpHttp.PATH).then().statusCode(401);

        as(alice, "tasks/get", taskId, taskIdField).then().statusCode(200)
                .body("result.status", equalTo("working"));
        TaskTools.release.countDown();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!"completed".equals(as(alice, "tasks/get", taskId, taskIdField).jsonPath().getString("result.status"))) {
            assertThat(System.nanoTime()).as("alice's task did not complete").isLessThan(deadline);
            Thread.yield();
        }
        as(alice, "tasks/get", taskId, taskIdField).then().body("result.result.content[0].text", equalTo("done mine"));
    }
}
