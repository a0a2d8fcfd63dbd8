package io.mcpwarden.deployment.test.tasks;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.mcpwarden.ClientInput;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.InputRequest;
import io.mcpwarden.InputRequired;
import io.mcpwarden.ProtocolErrorException;
import io.mcpwarden.TaskStart;
import io.mcpwarden.TaskSupport;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolCallException;

/**
 * Tools that run as tasks, for the tests of the tasks extension: each records how it ran.
 */
public class TaskTools {

    /** Holds {@code slow} until a test counts it down; replaced by {@link #reset()}. */
    public static volatile CountDownLatch release = new CountDownLatch(1);
    /** Counted down when {@code slow} is interrupted (the task was cancelled or expired). */
    public static volatile CountDownLatch interrupted = new CountDownLatch(1);
    public static final AtomicInteger RUNS = new AtomicInteger();

    private static final InputRequest CONFIRM = InputRequest.form("Really?",
            ElicitationSchema.builder().bool("confirm", "Yes", null, true).build());
    private static final InputRequest NAME = InputRequest.form("Your name?",
            ElicitationSchema.builder().string("name", "Name", null, true).build());

    public static void reset() {
        release = new CountDownLatch(1);
        interrupted = new CountDownLatch(1);
        RUNS.set(0);
    }

    @Tool(description = "Waits until the test releases it.", tasks = TaskSupport.OPTIONAL)
    String slow(String label) {
        RUNS.incrementAndGet();
        try {
            if (!release.await(60, TimeUnit.SECONDS)) {
                throw new ToolCallException("never released");
            }
        } catch (InterruptedException e) {
            interrupted.countDown();
            Thread.currentThread().interrupt();
            throw new ToolCallException("interrupted");
        }
        return "done " + label;
    }

    @Tool(description = "Runs only as a task.", tasks = TaskSupport.REQUIRED)
    String requiredJob() {
        RUNS.incrementAndGet();
        return "ran";
    }

    @Tool(description = "Fails as a tool.", tasks = TaskSupport.OPTIONAL)
    String failing() {
        throw new ToolCallException("No such order");
    }

    @Tool(description = "Fails with a protocol error.", tasks = TaskSupport.OPTIONAL)
    String crashing() {
        throw ProtocolErrorException.internalError("The job crashed");
    }

    @Tool(description = "Asks for a confirmation while it runs.", tasks = TaskSupport.OPTIONAL)
    String confirm(String file, ClientInput input) {
        RUNS.incrementAndGet();
        ElicitationResult answer = input.elicitation("confirm").orElseThrow(() -> InputRequired.of("confirm", CONFIRM));
        return Boolean.TRUE.equals(answer.content().get("confirm")) ? "deleted " + file : "kept " + file;
    }

    @Tool(description = "Asks two things at once.", tasks = TaskSupport.OPTIONAL)
    String twoQuestions(ClientInput input) {
        Optional<ElicitationResult> name = input.elicitation("name");
        Optional<ElicitationResult> confirm = input.elicitation("confirm");
        if (name.isEmpty() || confirm.isEmpty()) {
            throw InputRequired.of("name", NAME).and("confirm", CONFIRM);
        }
        return name.get().content().get("name") + " " + confirm.get().content().get("confirm");
    }

    @Tool(description = "Asks for a name before its task begins.", tasks = TaskSupport.REQUIRED)
    String named(ClientInput input, TaskStart task) {
        Object name = input.elicitation("name").map(answer -> answer.content().get("name"))
                .orElseThrow(() -> InputRequired.of("name", NAME));
        boolean before = task.isTask();
        task.begin();
        return "Hello, " + name + " (task before begin: " + before + ", after: " + task.isTask() + ")";
    }

    @Tool(description = "Never a task.")
    String plain() {
        return "plain";
    }
}
