package io.mcpwarden.runtime.transport;

import io.vertx.core.Vertx;

/**
 * How the SSE streams of the endpoint behave.
 *
 * @param retryMillis the {@code retry} the server sends: how long a client waits before it reconnects
 * @param replayEvents how many events of each stream are kept for a client that resumes with {@code Last-Event-ID}
 * @param maxConnectionMillis after this long the server closes an SSE connection (the stream goes on; the client
 *        polls it by reconnecting), or 0 to keep connections open
 * @param maxStreams how many streams one session may hold (open or waiting to be resumed)
 * @param slowReaderMillis how long a connection's write queue may stay full (the client not reading) before the
 *        server closes the connection
 */
public record StreamSettings(long retryMillis, int replayEvents, long maxConnectionMillis, int maxStreams,
        long slowReaderMillis, Vertx vertx) {

    /**
     * The same settings with connections kept open: for the stateless era (2026-07-28), whose streams cannot be
     * resumed, so a closed connection would lose the result.
     */
    public StreamSettings withoutPolling() {
        return new StreamSettings(retryMillis, replayEvents, 0, maxStreams, slowReaderMillis, vertx);
    }
}
