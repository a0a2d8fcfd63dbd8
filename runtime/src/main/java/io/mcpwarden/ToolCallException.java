package io.mcpwarden;

/**
 * Thrown by a {@link Tool} method to end the call with a tool result marked {@code isError: true} whose text is
 * exactly this exception's message. Use it for failures the model should see and may correct ("order 42 does not
 * exist"); the message is sent to the client, so keep secrets and internals out of it.
 */
public class ToolCallException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ToolCallException(String message) {
        super(message, null, false, false);
    }

    public ToolCallException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
