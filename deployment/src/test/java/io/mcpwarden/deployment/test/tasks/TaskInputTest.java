package io.mcpwarden.deployment.test.tasks;

import static io.mcpwarden.deployment.test.tasks.TaskHttp.TASKS_AND_ELICITATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Client input and tasks: input a tool asks for while it runs as a task parks the task in {@code input_required}
 * with its requests in {@code tasks/get}, under keys never reused within the task; {@code tasks/update} answers them
 * (in parts, if the client likes) and the tool runs again with the answers. Input a tool asks for before it begins its
 * task ({@code TaskStart}) is the request's own {@code InputRequiredResult}.
 */
class TaskInputTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(TaskTools.class, TaskHttp.class, McpHttp.class,
                    StatelessHttp.class));

    @BeforeEach
    void reset() {
        TaskTools.reset();
    }

    private static String start(String tool, String arguments) {
        Response created = TaskHttp.call(tool, arguments, TASKS_AND_ELICITATION);
        created.then().statusCode(200).body("result.resultType", equalTo("task"));
        return created.jsonPath().getString("result.taskId");
    }

    private static Response update(String taskId, String responses) {
        return TaskHttp.task("tasks/update", taskId, "\"inputResponses\":" + responses, TASKS_AND_ELICITATION);
    }

    @Test
    void inputAskedDuringTheTaskParksItUntilTasksUpdateAnswers() throws Exception {
        String taskId = start("confirm", "{\"file\":\"a.txt\"}");
        JsonPath waiting = TaskHttp.awaitStatus(taskId, "input_required");
        Map<String, Object> requests = waiting.getMap("result.inputRequests");
        assertThat(requests).containsOnlyKeys("1:confirm");
        assertThat(waiting.getString("result.inputRequests.'1:confirm'.method")).isEqualTo("elicitation/create");
        assertThat(waiting.getString("result.inputRequests.'1:confirm'.params.message")).isEqualTo("Really?");

        update(taskId, "{\"1:confirm\":{\"action\":\"accept\",\"content\":{\"confirm\":true}}}").then()
                .statusCode(200).body("result", equalTo(Map.of("resultType", "complete")));
        JsonPath done = TaskHttp.awaitStatus(taskId, "completed");
        assertThat(done.getString("result.result.content[0].text")).isEqualTo("deleted a.txt");
        assertThat(done.getMap("result")).doesNotContainKeys("inputRequests");
        assertThat(TaskTools.RUNS.get()).as("runs: the first, and the one with the answer").isEqualTo(2);
    }

    @Test
    void answersToUnknownKeysAreIgnoredAndAMalformedAnswerChangesNothing() throws Exception {
        String taskId = start("confirm", "{\"file\":\"b.txt\"}");
        TaskHttp.awaitStatus(taskId, "input_required");
        update(taskId, "{\"unknown-key\":{\"ignored\":true}}").then().statusCode(200)
                .body("result", equalTo(Map.of("resultType", "complete")));
        update(taskId, "{\"1:confirm\":42}").then().statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Invalid params: inputResponses['1:confirm'] must be an object"));
        update(taskId, "[1]").then().statusCode(200)
                .body("error.message", equalTo("Invalid params: tasks/update needs an 'inputResponses' object"));
        JsonPath still = TaskHttp.get(taskId);
        assertThat(still.getString("result.status")).isEqualTo("input_required");
        assertThat(still.getMap("result.inputRequests")).containsOnlyKeys("1:confirm");
        assertThat(TaskTools.RUNS.get()).isEqualTo(1);
    }

    @Test
    void partialAnswersKeepTheTaskWaitingForTheRest() throws Exception {
        String taskId = start("twoQuestions", "{}");
        JsonPath waiting = TaskHttp.awaitStatus(taskId, "input_required");
        assertThat(waiting.getMap("result.inputRequests")).containsOnlyKeys("1:name", "1:confirm");

        update(taskId, "{\"1:name\":{\"action\":\"accept\",\"content\":{\"name\":\"Ada\"}}}").then()
                .statusCode(200).body("result.resultType", equalTo("complete"));
        JsonPath partly = TaskHttp.get(taskId);
        assertThat(partly.getString("result.status")).isEqualTo("input_required");
        assertThat(partly.getMap("result.inputRequests")).containsOnlyKeys("1:confirm");

        update(taskId, "{\"1:confirm\":{\"action\":\"accept\",\"content\":{\"confirm\":true}}}").then()
                .statusCode(200);
        assertThat(TaskHttp.awaitStatus(taskId, "completed").getString("result.result.content[0].text"))
                .isEqualTo("Ada true");
    }

    @Test
    void aTaskCancelledWhileWaitingForInputEnds() throws Exception {
        String taskId = start("confirm", "{\"file\":\"c.txt\"}");
        TaskHttp.awaitStatus(taskId, "input_required");
        TaskHttp.task("tasks/cancel", taskId, "", TASKS_AND_ELICITATION).then().statusCode(200);
        update(taskId, "{\"1:confirm\":{\"action\":\"accept\",\"content\":{\"confirm\":true}}}").then()
                .statusCode(200);
        JsonPath cancelled = TaskHttp.get(taskId);
        assertThat(cancelled.getString("result.status")).isEqualTo("cancelled");
        assertThat(cancelled.getMap("result")).doesNotContainKeys("inputRequests");
        assertThat(TaskTools.RUNS.get()).as("the answer after the cancellation did not run the tool").isEqualTo(1);
    }

    @Test
    void inputAskedBeforeTheTaskBeginsIsTheRequestsOwnRound() throws Exception {
        Response first = TaskHttp.call("named", "{}", TASKS_AND_ELICITATION);
        first.then().statusCode(200)
                .body("result.resultType", equalTo("input_required"))
                .body("result.taskId", nullValue())
                .body("result.inputRequests.name.method", equalTo("elicitation/create"));

        Response second = TaskHttp.call("named", "{}",
                "\"inputResponses\":{\"name\":{\"action\":\"accept\",\"content\":{\"name\":\"Alice\"}}}",
                TASKS_AND_ELICITATION);
        second.then().statusCode(200)
                .body("result.resultType", equalTo("task"))
                .body("result.requestState", nullValue())
                .body("result.inputRequests", nullValue());
        String taskId = second.jsonPath().getString("result.taskId");
        assertThat(TaskHttp.awaitStatus(taskId, "completed").getString("result.result.content[0].text"))
                .isEqualTo("Hello, Alice (task before begin: false, after: true)");
    }
}
