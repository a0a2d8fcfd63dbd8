package io.mcpwarden.runtime.transport;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.session.Outbound;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;

/**
 * One SSE stream of a session: the response stream of one POSTed request, or the session's standalone (GET) stream.
 * Every event carries an id {@code <stream>_<sequence>}, unique in the session, and the last events stay in a
 * bounded buffer, so that a client whose connection dropped (or that the server disconnected on purpose) resumes
 * with {@code Last-Event-ID} and gets exactly the events it missed, on this stream only. The stream outlives its
 * connections: messages sent while no connection is attached wait in the buffer.
 * <p>
 * A client that stops reading does not make the server queue without bound: once the connection's write queue is
 * full, events wait in the (bounded) buffer instead, are written when the client drains the queue, and if it has not
 * within {@link StreamSettings#slowReaderMillis()} the server closes the connection. The stream goes on; the client may
 * resume it with {@code Last-Event-ID} like after any dropped connection.
 */
final class SseStream implements Outbound {

    private static final Logger LOG = Logger.getLogger(SseStream.class);
    /**
     * Bytes, not a Vert.x Buffer: a Buffer constant would be an object of a run-time-initialized class in a native image heap.
     */
    private static final byte[] END_OF_EVENT = { '\n', '\n' };

    private final String id;
    private final boolean standalone;
    private final SessionStreams owner;
    private final StreamSettings settings;
    private final ObjectMapper mapper;
    private final ArrayDeque<Event> buffer = new ArrayDeque<>();
    private long nextSequence = 1;
    private HttpServerResponse connection;
    private long connectionTimer = -1;
    /** The sequence of the last event written to the current connection. */
    private long written;
    /** Set while the connection's write queue is full: new events wait in the buffer for its drain. */
    private long stallTimer = -1;
    private boolean finished;
    private boolean closed;
    private volatile Runnable onDisconnect;

    SseStream(String id, boolean standalone, SessionStreams owner, StreamSettings settings, ObjectMapper mapper) {
        this.id = id;
        this.standalone = standalone;
        this.owner = owner;
        this.settings = settings;
        this.mapper = mapper;
    }

    String id() {
        return id;
    }

    boolean standalone() {
        return standalone;
    }

    synchronized boolean connected() {
        return connection != null;
    }

    /**
     * Queues the message and writes it when a connection is attached.
     */
    @Override
    public synchronized boolean send(ObjectNode message) {
        if (finished || closed) {
            return false;
        }
        enqueue(message);
        return true;
    }

    /**
     * Sends the response of the stream's request; the stream ends once a connection has carried it.
     */
    synchronized void finish(ObjectNode response) {
        if (finished || closed) {
            return;
        }
        enqueue(response);
        finished = true;
        if (connection != null && !stalled()) {
            endConnection();
            owner.forget(this);
        }
    }

    /**
     * Ends the stream without a response (its request was cancelled).
     */
    synchronized void abandon() {
        finished = true;
        buffer.clear();
        if (connection != null) {
            endConnection();
        }
        owner.forget(this);
    }

    /**
     * Attaches a new connection: writes the SSE headers and, for a new stream, a priming event (an id with empty
     * data) and the {@code retry} interval, then every buffered event after {@code afterSequence}.
     */
    synchronized void attach(HttpServerResponse response, long afterSequence, boolean priming) {
        if (connection != null && connection != response) {
            endConnection();
        }
        response.setStatusCode(200);
        response.putHeader("Content-Type", "text/event-stream");
        response.putHeader("Cache-Control", "no-cache");
        response.setChunked(true);
        Buffer head = Buffer.buffer();
        if (priming) {
            head.appendString("id: " + id + "_0\n");
        }
        head.appendString("retry: " + settings.retryMillis() + "\n");
        if (priming) {
            head.appendString("data: \n");
        }
        head.appendString("\n");
        response.write(head);
        if (!buffer.isEmpty() && buffer.peekFirst().sequence > afterSequence + 1) {
            LOG.debugf("SSE stream %s resumed after event %d, but the buffer starts at %d: events were dropped", id,
                    afterSequence, buffer.peekFirst().sequence);
        }
        connection = response;
        written = afterSequence;
        response.closeHandler(ignored -> {
            detach(response);
            Runnable hook = onDisconnect;
            if (hook != null) {
                hook.run();
            }
        });
        if (settings.maxConnectionMillis() > 0) {
            connectionTimer = settings.vertx().setTimer(settings.maxConnectionMillis(), t -> disconnect(response));
        }
        // Registered before the first writeQueueFull() check: a drain between that check and the stall cannot be
        // missed (it waits for this stream's lock and then finds the stream stalled).
        response.drainHandler(ignored -> drained(response));
        if (writePending() && finished) {
            endConnection();
            owner.forget(this);
        }
    }

    /**
     * Runs {@code hook} when the client closes the connection: in the stateless era that cancels the request.
     */
    void onDisconnect(Runnable hook) {
        this.onDisconnect = hook;
    }

    /**
     * Ends the connection but not the stream, so that the client polls it by reconnecting with
     * {@code Last-Event-ID}; the {@code retry} field tells it when.
     */
    private synchronized void disconnect(HttpServerResponse response) {
        if (connection != response) {
            return;
        }
        connectionTimer = -1;
        response.write(Buffer.buffer("retry: " + settings.retryMillis() + "\n\n"));
        endConnection();
    }

    private synchronized void detach(HttpServerResponse response) {
        if (connection == response) {
            connection = null;
            cancelTimer();
            cancelStall();
        }
    }

    private boolean stalled() {
        return stallTimer >= 0;
    }

    /**
     * Writes the buffered events the connection has not carried yet, until its write queue is full.
     *
     * @return true when every event is written; false when the connection stalled (the rest waits for its drain)
     */
    private boolean writePending() {
        HttpServerResponse response = connection;
        for (Event event : buffer) {
            if (event.sequence <= written) {
                continue;
            }
            if (response.writeQueueFull()) {
                stall(response);
                return false;
            }
            response.write(event.bytes.copy());
            written = event.sequence;
        }
        return true;
    }

    private void stall(HttpServerResponse response) {
        if (stalled()) {
            return;
        }
        stallTimer = settings.vertx().setTimer(settings.slowReaderMillis(), t -> tooSlow(response));
    }

    private synchronized void drained(HttpServerResponse response) {
        if (connection != response || !stalled()) {
            return;
        }
        cancelStall();
        if (!buffer.isEmpty() && buffer.peekFirst().sequence > written + 1) {
            LOG.debugf("SSE stream %s: events after %d left the buffer before a slow client read them", id, written);
        }
        if (writePending() && finished) {
            endConnection();
            owner.forget(this);
        }
    }

    /**
     * The client has not read for {@link StreamSettings#slowReaderMillis()} with the write queue full: closes the
     * connection (not the stream, which the client may resume).
     */
    private synchronized void tooSlow(HttpServerResponse response) {
        stallTimer = -1;
        if (connection != response) {
            return;
        }
        LOG.debugf("SSE stream %s: the client stopped reading; closing its connection", id);
        connection = null;
        cancelTimer();
        response.close();
    }

    private void cancelStall() {
        if (stallTimer >= 0) {
            settings.vertx().cancelTimer(stallTimer);
            stallTimer = -1;
        }
    }

    /**
     * Closes the stream and its connection (the session ended).
     */
    synchronized void close() {
        closed = true;
        buffer.clear();
        if (connection != null) {
            endConnection();
        }
    }

    private void endConnection() {
        HttpServerResponse current = connection;
        connection = null;
        cancelTimer();
        cancelStall();
        if (!current.ended() && !current.closed()) {
            current.end();
        }
    }

    private void cancelTimer() {
        if (connectionTimer >= 0) {
            settings.vertx().cancelTimer(connectionTimer);
            connectionTimer = -1;
        }
    }

    private void enqueue(ObjectNode message) {
        long sequence = nextSequence++;
        Event event = new Event(sequence, encode(message, sequence));
        buffer.addLast(event);
        while (buffer.size() > settings.replayEvents()) {
            buffer.removeFirst();
        }
        if (connection != null && !stalled()) {
            writePending();
        }
    }

    private Buffer encode(ObjectNode message, long sequence) {
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            LOG.error("Could not serialize a server-to-client MCP message", e);
            json = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/message\",\"params\":{\"level\":\"error\",\"data\":\"unserializable message\"}}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        String prefix = "id: " + id + "_" + sequence + "\nevent: message\ndata: ";
        return Buffer.buffer(json.length + prefix.length() + 2).appendString(prefix).appendBytes(json)
                .appendBytes(END_OF_EVENT);
    }

    private record Event(long sequence, Buffer bytes) {
    }
}
