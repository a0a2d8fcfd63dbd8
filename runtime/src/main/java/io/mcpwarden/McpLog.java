package io.mcpwarden;

/**
 * Sends log messages to the MCP client ({@code notifications/message}) from inside a tool. Declare a parameter of
 * this type on a {@link Tool} method; the server supplies it (it is not a tool argument).
 * <p>
 * Messages below the level the client chose with {@code logging/setLevel} are not sent; until the client chooses,
 * every message is sent. Messages go on the stream of the request that runs the tool (its SSE response), so the
 * client sees them before the result. The logger name is the tool's name.
 *
 * <pre>{@code
 * &#64;Tool(description = "Imports a file")
 * String importFile(String path, McpLog log) {
 *     log.info("Reading " + path);
 *     ...
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging">Logging</a>
 */
public interface McpLog {

    /**
     * Whether a message at this level would be sent to the client.
     */
    boolean isEnabled(LogLevel level);

    /**
     * Sends a message; {@code data} is a string or any value Jackson can serialize. Never put secrets or personal
     * data in log messages: they reach the client.
     */
    void log(LogLevel level, Object data);

    default void debug(String message) {
        log(LogLevel.DEBUG, message);
    }

    default void info(String message) {
        log(LogLevel.INFO, message);
    }

    default void warning(String message) {
        log(LogLevel.WARNING, message);
    }

    default void error(String message) {
        log(LogLevel.ERROR, message);
    }
}
