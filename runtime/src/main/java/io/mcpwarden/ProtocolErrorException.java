package io.mcpwarden;

/**
 * Thrown by a {@link Tool} method to end the call with a JSON-RPC error instead of a tool result: for faults of the
 * request or of the server, not of the tool's work (those are {@link ToolCallException}). An ordinary call answers
 * with the error; a call that runs as a task ends {@code failed}, with the error in the task. The message is sent to
 * the client: keep secrets and internals out of it.
 */
public final class ProtocolErrorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int code;

    private ProtocolErrorException(int code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    /**
     * Invalid params ({@code -32602}): the request's arguments are unusable in a way the input schema cannot say.
     */
    public static ProtocolErrorException invalidParams(String message) {
        return new ProtocolErrorException(-32602, message);
    }

    /**
     * Internal error ({@code -32603}): the server cannot complete the request.
     */
    public static ProtocolErrorException internalError(String message) {
        return new ProtocolErrorException(-32603, message);
    }

    /**
     * The JSON-RPC error code.
     */
    public int code() {
        return code;
    }
}
