package io.mcpwarden.runtime.exchange;

/**
 * Ends the handling of a request the client cancelled: the transport sends no response for it.
 */
public final class RequestCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final RequestCancelledException INSTANCE = new RequestCancelledException();

    private RequestCancelledException() {
        super("The client cancelled the request", null, false, false);
    }
}
