package io.mcpwarden;

/**
 * Lets a {@link Tool} that runs as a task ({@link Tool#tasks()}) choose the moment its task begins. Declare a
 * parameter of this type; the server supplies it (it is not a tool argument).
 * <p>
 * Without this parameter the task begins before the method runs. With it, the method first runs as part of the
 * {@code tools/call} request: what it asks with {@link InputRequired} before {@link #begin()} comes back as an
 * {@code InputRequiredResult} of that request (the client answers by calling again), and a result it returns before
 * {@link #begin()} is the call's result. {@link #begin()} creates the task and answers the request with its handle;
 * the method goes on, and its result becomes the task's. Input it asks for after that parks the task in
 * {@code input_required} until the client answers with {@code tasks/update}; the method then runs again, with all
 * the answers so far in {@link ClientInput}, and {@link #begin()} does nothing on that run.
 *
 * <pre>{@code
 * @Tool(description = "Builds the report for a customer", tasks = TaskSupport.REQUIRED)
 * String report(ClientInput input, TaskStart task) {
 *     String customer = input.elicitation("customer").filter(ElicitationResult::accepted)
 *             .map(answer -> (String) answer.content().get("customer"))
 *             .orElseThrow(() -> InputRequired.of("customer", InputRequest.form("Which customer?",
 *                     ElicitationSchema.builder().string("customer", "Customer", null, true).build())));
 *     task.begin(); // the client has its task handle from here on
 *     return reports.build(customer); // long work
 * }
 * }</pre>
 */
public interface TaskStart {

    /**
     * Begins the task, once: the task exists and the client has its handle when this returns. Does nothing when the
     * call does not run as a task (the client did not declare the tasks extension, or a session era), or when it
     * already began.
     */
    void begin();

    /**
     * Whether the call runs as a task that has begun.
     */
    boolean isTask();
}
