package io.mcpwarden.deployment.test.tasks;

import static io.mcpwarden.deployment.test.tasks.TaskHttp.TASKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuditRecorder;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The task lifecycle of the tasks extension (SEP-2663) in the 2026-07-28 era: a tool that may run as a task answers a
 * request declaring the extension with a flat {@code CreateTaskResult}, {@code tasks/get} shows the task working and
 * then its inlined result, a tool error completes the task with {@code isError}, a protocol error fails it, and
 * {@code tasks/cancel} stops the tool. Without the extension a tool runs as an ordinary call, and a tool that runs only
 * as a task is refused with -32021.
 */
class TaskLifecycleTest {

    private static final String ISO_INSTANT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.tasks.poll-interval", "250ms")
            .overrideConfigKey("quarkus.warden.tasks.ttl", "10M")
            .withApplicationRoot(jar -> jar.addClasses(TaskTools.class, TaskHttp.class, McpHttp.class,
                    StatelessHttp.class, AuditRecorder.class));

    @jakarta.inject.Inject
    AuditRecorder audit;

    @BeforeEach
    void reset() {
        TaskTools.reset();
        audit.clear();
    }

    @Test
    void discoverAdvertisesTheExtension() {
        StatelessHttp.request("server/discover", null, "").then().statusCode(200)
                .body("result.capabilities.extensions.'io.modelcontextprotocol/tasks'", equalTo(java.util.Map.of()))
                .body("result.capabilities.tasks", nullValue());
    }

    @Test
    void aTaskIsCreatedThenWorksThenCompletesWithItsResultInlined() throws Exception {
        Response created = TaskHttp.call("slow", "{\"label\":\"a\"}", TASKS);
        created.then().statusCode(200)
                .body("result.resultType", equalTo("task"))
                .body("result.status", equalTo("working"))
                .body("result.createdAt", matchesPattern(ISO_INSTANT))
                .body("result.lastUpdatedAt", matchesPattern(ISO_INSTANT))
                .body("result.ttlMs", equalTo(600_000))
                .body("result.pollIntervalMs", equalTo(250))
                .body("result.task", nullValue())
                .body("result.content", nullValue())
                .body("result", not(org.hamcrest.Matchers.hasKey("result")))
                .body("result", not(org.hamcrest.Matchers.hasKey("requestState")))
                .body("result", not(org.hamcrest.Matchers.hasKey("ttl")));
        String taskId = created.jsonPath().getString("result.taskId");
        assertThat(taskId).matches("[0-9a-f-]{36}");

        JsonPath working = TaskHttp.get(taskId);
        assertThat(working.getString("result.resultType")).isEqualTo("complete");
        assertThat(working.getString("result.taskId")).isEqualTo(taskId);
        assertThat(working.getString("result.status")).isEqualTo("working");
        assertThat(working.getMap("result")).doesNotContainKeys("result", "error", "inputRequests");

        TaskTools.release.countDown();
        JsonPath done = TaskHttp.awaitStatus(taskId, "completed");
        assertThat(done.getString("result.result.content[0].text")).isEqualTo("done a");
        assertThat(done.getMap("result.result")).doesNotContainKeys("resultType", "_meta");
        assertThat(done.getMap("result")).doesNotContainKeys("error");
        assertThat(TaskTools.RUNS.get()).isEqualTo(1);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (audit.events().size() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(20); // the task's outcome is audited right after it becomes visible
        }
        assertThat(audit.events()).extracting(AuditEvent::method, AuditEvent::target, AuditEvent::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tools/call", "slow",
                        AuditEvent.Outcome.TASK_CREATED),
                        org.assertj.core.groups.Tuple.tuple("tools/call", "slow", AuditEvent.Outcome.SUCCESS));
    }

    @Test
    void withoutTheExtensionTheSameToolIsAnOrdinaryCall() {
        TaskTools.release.countDown();
        TaskHttp.call("slow", "{\"label\":\"b\"}", StatelessHttp.NO_CAPABILITIES).then().statusCode(200)
                .body("result.resultType", equalTo("complete"))
                .body("result.taskId", nullValue())
                .body("result.content[0].text", equalTo("done b"));
    }

    @Test
    void aToolThatNeverRunsAsATaskIgnoresTheExtensionAndALegacyTaskParam() {
        TaskHttp.call("plain", "{}", "\"task\":{\"ttl\":60000,\"pollInterval\":100}", TASKS).then().statusCode(200)
                .body("result.resultType", equalTo("complete"))
                .body("result.taskId", nullValue())
                .body("result.content[0].text", equalTo("plain"));
    }

    @Test
    void aToolThatRunsOnlyAsATaskRefusesAClientWithoutTheExtension() {
        TaskHttp.call("requiredJob", "{}", StatelessHttp.NO_CAPABILITIES).then().statusCode(400)
                .body("error.code", equalTo(-32021))
                .body("error.message", equalTo("Missing required client capability: the tool 'requiredJob' runs "
                        + "only as a task; declare the extension io.modelcontextprotocol/tasks in the request's "
                        + "client capabilities"))
                .body("error.data.requiredCapabilities.extensions.'io.modelcontextprotocol/tasks'",
                        equalTo(java.util.Map.of()));
        assertThat(TaskTools.RUNS.get()).as("the tool ran").isZero();
    }

    @Test
    void aToolErrorCompletesTheTaskWithIsError() throws Exception {
        String taskId = TaskHttp.call("failing", "{}", TASKS).jsonPath().getString("result.taskId");
        JsonPath done = TaskHttp.awaitStatus(taskId, "completed");
        assertThat(done.getBoolean("result.result.isError")).isTrue();
        assertThat(done.getString("result.result.content[0].text")).isEqualTo("No such order");
    }

    @Test
    void aProtocolErrorFailsTheTaskWithTheErrorInlined() throws Exception {
        String taskId = TaskHttp.call("crashing", "{}", TASKS).jsonPath().getString("result.taskId");
        JsonPath failed = TaskHttp.awaitStatus(taskId, "failed");
        assertThat(failed.getInt("result.error.code")).isEqualTo(-32603);
        assertThat(failed.getString("result.error.message")).isEqualTo("The job crashed");
        assertThat(failed.getString("result.statusMessage")).isEqualTo("The job crashed");
        assertThat(failed.getMap("result")).doesNotContainKeys("result");
    }

    @Test
    void outsideATaskAProtocolErrorIsTheCallsJsonRpcError() {
        TaskHttp.call("crashing", "{}", StatelessHttp.NO_CAPABILITIES).then().statusCode(200)
                .body("error.code", equalTo(-32603))
                .body("error.message", equalTo("The job crashed"))
                .body("result", nullValue());
    }

    @Test
    void cancelAcknowledgesStopsTheToolAndIsIdempotent() throws Exception {
        String taskId = TaskHttp.call("slow", "{\"label\":\"c\"}", TASKS).jsonPath().getString("result.taskId");
        JsonPath ack = TaskHttp.task("tasks/cancel", taskId, "", TASKS).then().statusCode(200).extract().jsonPath();
        assertThat(ack.getMap("result")).containsExactly(java.util.Map.entry("resultType", "complete"));
        assertThat(TaskTools.interrupted.await(10, TimeUnit.SECONDS)).as("the tool's thread was interrupted").isTrue();
        JsonPath cancelled = TaskHttp.get(taskId);
        assertThat(cancelled.getString("result.status")).isEqualTo("cancelled");
        assertThat(cancelled.getMap("result")).doesNotContainKeys("result", "error");
        // the interrupted tool's own outcome does not overwrite the cancellation
        Thread.sleep(200);
        assertThat(TaskHttp.get(taskId).getString("result.status")).isEqualTo("cancelled");
        TaskHttp.task("tasks/cancel", taskId, "", TASKS).then().statusCode(200)
                .body("result", equalTo(java.util.Map.of("resultType", "complete")));
        assertThat(audit.events()).extracting(AuditEvent::outcome)
                .containsExactly(AuditEvent.Outcome.TASK_CREATED, AuditEvent.Outcome.CANCELLED);
    }

    @Test
    void anUnknownTaskIsInvalidParams() {
        for (String method : new String[] { "tasks/get", "tasks/cancel" }) {
            TaskHttp.task(method, "no-such-task", "", TASKS).then().statusCode(200)
                    .body("error.code", equalTo(-32602))
                    .body("error.message", equalTo("Failed to retrieve task: Task not found"));
        }
        TaskHttp.task("tasks/update", "no-such-task", "\"inputResponses\":{}", TASKS).then().statusCode(200)
                .body("error.code", equalTo(-32602));
    }

    @Test
    void taskMethodsNeedTheExtension() {
        for (String method : new String[] { "tasks/get", "tasks/update", "tasks/cancel" }) {
            TaskHttp.task(method, "gate-test", "\"inputResponses\":{}", StatelessHttp.NO_CAPABILITIES).then()
                    .statusCode(400)
                    .body("error.code", equalTo(-32021))
                    .body("error.data.requiredCapabilities.extensions.'io.modelcontextprotocol/tasks'",
                            equalTo(java.util.Map.of()));
        }
    }

    @Test
    void taskMethodsNeedAMatchingMcpNameHeader() {
        TaskTools.release.countDown();
        String taskId = TaskHttp.call("slow", "{\"label\":\"d\"}", TASKS).jsonPath().getString("result.taskId");
        TaskHttp.task(StatelessHttp.post("tasks/get", "another-task"), "tasks/get", taskId, "", TASKS).then()
                .statusCode(400).body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the Mcp-Name header does not match params.taskId"));
        TaskHttp.task(StatelessHttp.post("tasks/get", null), "tasks/get", taskId, "", TASKS).then()
                .statusCode(400).body("error.code", equalTo(-32020))
                .body("error.message", equalTo("Header mismatch: the Mcp-Name header is required for tasks/get"));
    }

    @Test
    void theOlderDraftsMethodsAreUnknown() {
        for (String method : new String[] { "tasks/result", "tasks/list" }) {
            TaskHttp.task(method, "some-task", "", TASKS).then().statusCode(404)
                    .body("error.code", equalTo(-32601));
        }
    }

    @Test
    void theSessionEraRunsATaskToolAsAnOrdinaryCall() {
        TaskTools.release.countDown();
        String session = McpHttp.openSession();
        assertThat(McpHttp.callToolResult(session, "slow", "{\"label\":\"e\"}"))
                .isEqualTo(McpHttp.textResult("done e"));
        assertThat(McpHttp.callToolResult(session, "requiredJob", "{}")).isEqualTo(McpHttp.textResult("ran"));
    }
}
