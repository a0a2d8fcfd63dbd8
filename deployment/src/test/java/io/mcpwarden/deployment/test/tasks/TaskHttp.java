package io.mcpwarden.deployment.test.tasks;

import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.stateless.StatelessHttp;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Speaks the tasks extension over the stateless era: tool calls and {@code tasks/*} requests that declare the
 * extension (or not) in their client capabilities.
 */
final class TaskHttp {

    static final String EXTENSION = "io.modelcontextprotocol/tasks";
    static final String TASKS = "{\"extensions\":{\"" + EXTENSION + "\":{}}}";
    static final String TASKS_AND_ELICITATION = "{\"elicitation\":{},\"extensions\":{\"" + EXTENSION + "\":{}}}";

    private TaskHttp() {
    }

    static Response call(String tool, String argumentsJson, String capabilitiesJson) {
        return StatelessHttp.callTool(tool, argumentsJson, capabilitiesJson);
    }

    /** A {@code tools/call} with more params ({@code inputResponses}, {@code requestState}). */
    static Response call(String tool, String argumentsJson, String moreParams, String capabilitiesJson) {
        return StatelessHttp.post("tools/call", tool)
                .body(StatelessHttp.body(9, "tools/call", "\"name\":\"" + tool + "\",\"arguments\":" + argumentsJson
                        + "," + moreParams, StatelessHttp.meta(StatelessHttp.VERSION, capabilitiesJson)))
                .post(McpHttp.PATH);
    }

    /** A task method with the routing headers a client sends: {@code Mcp-Name} is the task id. */
    static Response task(String method, String taskId, String moreParams, String capabilitiesJson) {
        return task(StatelessHttp.post(method, taskId), method, taskId, moreParams, capabilitiesJson);
    }

    static Response task(RequestSpecification spec, String method, String taskId, String moreParams,
            String capabilitiesJson) {
        String fields = "\"taskId\":\"" + taskId + "\"" + (moreParams.isEmpty() ? "" : "," + moreParams);
        return spec.body(StatelessHttp.body(21, method, fields, StatelessHttp.meta(StatelessHttp.VERSION,
                capabilitiesJson))).post(McpHttp.PATH);
    }

    static JsonPath get(String taskId) {
        Response response = task("tasks/get", taskId, "", TASKS);
        response.then().statusCode(200);
        return response.jsonPath();
    }

    /** Polls {@code tasks/get} until the task has the status, within ten seconds. */
    static JsonPath awaitStatus(String taskId, String status) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        JsonPath last = get(taskId);
        while (!status.equals(last.getString("result.status"))) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("task " + taskId + " did not reach " + status + ": " + last.prettify());
            }
            Thread.sleep(50);
            last = get(taskId);
        }
        return last;
    }
}
