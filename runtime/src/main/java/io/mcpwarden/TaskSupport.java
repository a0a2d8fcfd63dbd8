package io.mcpwarden;

/**
 * Whether a {@link Tool} runs as a task (the tasks extension {@code io.modelcontextprotocol/tasks} of MCP
 * 2026-07-28): the client gets a task handle at once ({@code CreateTaskResult}), polls {@code tasks/get} for the
 * outcome, answers the tool's input requests with {@code tasks/update} and can stop it with {@code tasks/cancel}.
 *
 * @see Tool#tasks()
 * @see <a href="https://modelcontextprotocol.io/extensions/tasks">The tasks extension</a>
 */
public enum TaskSupport {

    /** The tool never runs as a task: every call returns its result. */
    NONE,

    /**
     * The tool runs as a task for clients that declare the tasks extension on the request, and as an ordinary call
     * for all others.
     */
    OPTIONAL,

    /**
     * The tool runs only as a task: a 2026-07-28 request that does not declare the tasks extension is refused with
     * {@code -32021} (missing required client capability). The session eras (2025-11-25 and earlier), whose
     * requests stay open on a session stream, run it as an ordinary call.
     */
    REQUIRED
}
