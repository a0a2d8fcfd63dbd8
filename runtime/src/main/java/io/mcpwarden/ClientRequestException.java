package io.mcpwarden;

/**
 * A request the server sent to the client from inside a tool (sampling, elicitation) did not get a result: the client
 * did not declare the capability, answered with an error, did not answer in time, or the session ended. A tool that
 * does not catch it ends with a tool result marked {@code isError: true} carrying this message.
 */
public class ClientRequestException extends ToolCallException {

    private static final long serialVersionUID = 1L;

    public ClientRequestException(String message) {
        super(message);
    }
}
