package io.mcpwarden.runtime.session;

/**
 * Opens, on first use, the stream that carries the messages related to one client request (progress, logs,
 * server-to-client requests), for instance by turning an HTTP response into an SSE stream. The transport supplies it;
 * requests that never send such messages never call it.
 */
public interface RequestStreams {

    /**
     * @param handle the transport's object for the request (for HTTP, its routing context)
     */
    Outbound open(Object handle, McpSession session);

    /**
     * Whether {@link #open} gives the request a stream of its own (for HTTP: the client accepts
     * {@code text/event-stream}); when it does not, messages go to the session's standalone stream.
     */
    default boolean acceptsStream(Object handle) {
        return true;
    }
}
