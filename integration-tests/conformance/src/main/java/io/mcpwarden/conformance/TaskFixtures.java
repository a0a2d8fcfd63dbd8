package io.mcpwarden.conformance;

import java.util.Optional;

import io.mcpwarden.ClientInput;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.InputRequest;
import io.mcpwarden.InputRequired;
import io.mcpwarden.ProtocolErrorException;
import io.mcpwarden.TaskStart;
import io.mcpwarden.TaskSupport;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.ToolCallException;

/**
 * The fixtures of the tasks extension scenarios ({@code tasks-*}, SEP-2663): a tool that never runs as a task, tools
 * that may or must, one that asks for input while it runs as a task, one that asks two things at once, and one that
 * asks before its task begins.
 */
public class TaskFixtures {

    private static final InputRequest CONFIRM = InputRequest.form("Really delete the file?",
            ElicitationSchema.builder().bool("confirm", "Delete", null, true).build());
    private static final InputRequest NAME = InputRequest.form("What is your name?",
            ElicitationSchema.builder().string("name", "Name", null, true).build());

    @Tool(name = "greet", description = "Greets by name; never a task.")
    String greet(String name) {
        return "Hello, " + name + "!";
    }

    @Tool(name = "slow_compute", description = "Sleeps for the given seconds, then answers.", tasks = TaskSupport.OPTIONAL)
    String slowCompute(int seconds, @ToolArg(required = false) String label) throws InterruptedException {
        Thread.sleep(seconds * 1000L);
        return "Computed " + (label == null ? "" : label + " ") + "after " + seconds + " s";
    }

    @Tool(name = "failing_job", description = "Fails with a tool error after a second; only as a task.", tasks = TaskSupport.REQUIRED)
    String failingJob() throws InterruptedException {
        Thread.sleep(1000);
        throw new ToolCallException("The job failed");
    }

    @Tool(name = "protocol_error_job", description = "Ends with a JSON-RPC internal error.", tasks = TaskSupport.OPTIONAL)
    String protocolErrorJob() {
        throw ProtocolErrorException.internalError("The job crashed");
    }

    @Tool(name = "confirm_delete", description = "Asks for a confirmation while it runs, then deletes (pretends to).", tasks = TaskSupport.OPTIONAL)
    String confirmDelete(String filename, ClientInput input) {
        ElicitationResult answer = input.elicitation("confirm").orElseThrow(() -> InputRequired.of("confirm", CONFIRM));
        return Boolean.TRUE.equals(confirmed(answer)) ? "Deleted " + filename : "Kept " + filename;
    }

    @Tool(name = "multi_input", description = "Asks for a name and a confirmation at once.", tasks = TaskSupport.OPTIONAL)
    String multiInput(ClientInput input) {
        Optional<ElicitationResult> name = input.elicitation("name");
        Optional<ElicitationResult> confirm = input.elicitation("confirm");
        if (name.isEmpty() || confirm.isEmpty()) {
            throw InputRequired.of("name", NAME).and("confirm", CONFIRM);
        }
        return "Name " + name.get().content().get("name") + ", confirmed " + confirmed(confirm.get());
    }

    @Tool(name = "test_tool_with_task", description = "Asks for the user's name, then greets as a task.", tasks = TaskSupport.REQUIRED)
    String toolWithTask(ClientInput input, TaskStart task) throws InterruptedException {
        Object name = input.elicitation("user_name").filter(ElicitationResult::accepted)
                .map(answer -> answer.content().get("name"))
                .orElseThrow(() -> InputRequired.of("user_name", NAME));
        task.begin();
        Thread.sleep(200);
        return "Hello, " + name + "!";
    }

    private static Object confirmed(ElicitationResult answer) {
        return answer.accepted() ? answer.content().get("confirm") : Boolean.FALSE;
    }
}
