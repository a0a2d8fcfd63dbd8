package io.mcpwarden.runtime.session;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A destination of server-to-client messages (notifications and requests): an SSE stream, or whatever carries them
 * on another transport.
 */
public interface Outbound {

    /**
     * Sends or queues the message; returns false when it can be neither sent nor kept for a later reconnection.
     */
    boolean send(ObjectNode message);
}
