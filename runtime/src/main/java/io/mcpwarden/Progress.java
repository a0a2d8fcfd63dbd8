package io.mcpwarden;

/**
 * Reports the progress of a long tool call to the client ({@code notifications/progress}). Declare a parameter of
 * this type on a {@link Tool} method; the server supplies it (it is not a tool argument).
 * <p>
 * Progress is sent only when the client asked for it by putting a {@code progressToken} in the request's
 * {@code _meta}; otherwise {@link #requested()} is false and reports are ignored. The progress value must increase
 * with each report: a report that does not increase it is not sent.
 *
 * <pre>{@code
 * @Tool(description = "Copies files")
 * String copy(List<String> files, Progress progress) {
 *     for (int i = 0; i < files.size(); i++) {
 *         copyOne(files.get(i));
 *         progress.report(i + 1, files.size(), "Copied " + files.get(i));
 *     }
 *     return "done";
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/progress">Progress</a>
 */
public interface Progress {

    /**
     * Whether the client asked for progress notifications for this call.
     */
    boolean requested();

    /**
     * Reports progress without a known total.
     */
    default void report(double progress) {
        report(progress, null, null);
    }

    /**
     * Reports progress.
     *
     * @param total the total when known, or null
     * @param message a human-readable message, or null
     */
    void report(double progress, Double total, String message);
}
