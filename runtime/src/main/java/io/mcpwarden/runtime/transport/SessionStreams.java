package io.mcpwarden.runtime.transport;

import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.runtime.session.SessionChannel;
import io.vertx.core.http.HttpServerResponse;

/**
 * The SSE streams of one session: the response streams of its requests and its standalone GET stream, found by the
 * stream part of a {@code Last-Event-ID}. A session holds at most {@link StreamSettings#maxStreams()} of them: beyond
 * that the oldest stream without a connection is dropped. All are closed when the session ends.
 */
final class SessionStreams implements AutoCloseable {

    private final StreamSettings settings;
    private final ObjectMapper mapper;
    private final SessionChannel channel;
    private final AtomicLong nextStreamId = new AtomicLong(1);
    private final ConcurrentSkipListMap<Long, SseStream> streams = new ConcurrentSkipListMap<>();
    private volatile boolean closed;

    SessionStreams(StreamSettings settings, ObjectMapper mapper, SessionChannel channel) {
        this.settings = settings;
        this.mapper = mapper;
        this.channel = channel;
    }

    /**
     * Starts the response stream of a POSTed request on its HTTP response.
     */
    SseStream openRequestStream(HttpServerResponse response) {
        SseStream stream = register(false);
        stream.attach(response, 0, true);
        return stream;
    }

    /**
     * Starts a new standalone stream on a GET response, unless one is connected already (the client gets 409 then).
     */
    synchronized SseStream openStandalone(HttpServerResponse response) {
        if (channel.standalone() instanceof SseStream current && current.connected()) {
            return null;
        }
        if (channel.standalone() instanceof SseStream previous) {
            previous.close();
            forget(previous);
        }
        SseStream stream = register(true);
        stream.attach(response, 0, true);
        channel.standalone(stream);
        return stream;
    }

    /**
     * Reattaches the stream a {@code Last-Event-ID} points into, replaying what followed that event; returns false
     * when the id names no stream of this session that can be resumed.
     */
    boolean resume(String lastEventId, HttpServerResponse response) {
        int separator = lastEventId.lastIndexOf('_');
        if (separator <= 0) {
            return false;
        }
        long streamId;
        long sequence;
        try {
            streamId = Long.parseLong(lastEventId.substring(0, separator));
            sequence = Long.parseLong(lastEventId.substring(separator + 1));
        } catch (NumberFormatException e) {
            return false;
        }
        SseStream stream = streams.get(streamId);
        if (stream == null || sequence < 0) {
            return false;
        }
        stream.attach(response, sequence, false);
        return true;
    }

    void forget(SseStream stream) {
        streams.remove(Long.parseLong(stream.id()), stream);
        if (channel.standalone() == stream) {
            channel.standalone(null);
        }
    }

    @Override
    public void close() {
        closed = true;
        for (SseStream stream : streams.values()) {
            stream.close();
        }
        streams.clear();
        channel.standalone(null);
    }

    private SseStream register(boolean standalone) {
        long id = nextStreamId.getAndIncrement();
        SseStream stream = new SseStream(Long.toString(id), standalone, this, settings, mapper);
        streams.put(id, stream);
        if (closed) {
            stream.close();
            streams.remove(id);
            return stream;
        }
        while (streams.size() > settings.maxStreams()) {
            if (!dropOldestDisconnected(id)) {
                break;
            }
        }
        return stream;
    }

    private boolean dropOldestDisconnected(long except) {
        for (Map.Entry<Long, SseStream> entry : streams.entrySet()) {
            SseStream candidate = entry.getValue();
            if (entry.getKey() != except && !candidate.connected()) {
                candidate.close();
                forget(candidate);
                return true;
            }
        }
        return false;
    }
}
