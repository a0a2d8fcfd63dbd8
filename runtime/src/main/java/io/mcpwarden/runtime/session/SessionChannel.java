package io.mcpwarden.runtime.session;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ClientRequestException;
import io.mcpwarden.LogLevel;

/**
 * The two-way state of a session, created on first use (so that sessions that only call tools never pay for it): the
 * client's log level, the requests in flight that the client may cancel, the requests the server sent to the client
 * and awaits answers for, the session's standalone stream and the transport's per-session stream state.
 */
public final class SessionChannel {

    private static final int MAX_ERROR_MESSAGE = 200;

    private final Duration clientRequestTimeout;
    private final ConcurrentHashMap<String, Runnable> inFlight = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong nextRequestId = new AtomicLong(1);
    private volatile LogLevel logLevel;
    private volatile Outbound standalone;
    private volatile boolean closed;
    private final java.util.Set<String> subscriptions = ConcurrentHashMap.newKeySet();
    private static final int MAX_URL_ELICITATIONS = 100;
    private final java.util.Set<String> urlElicitations = new java.util.LinkedHashSet<>();
    private AutoCloseable transportState;

    private final boolean silentByDefault;

    /**
     * @param silentByDefault whether no log message is sent until the client chooses a level (the stateless era, where
     *        a request asks for logs with {@code _meta.io.modelcontextprotocol/logLevel})
     */
    SessionChannel(Duration clientRequestTimeout, boolean silentByDefault) {
        this.clientRequestTimeout = clientRequestTimeout;
        this.silentByDefault = silentByDefault;
    }

    /**
     * The lowest level the client wants to receive, or null when it has not chosen (then everything is sent, or
     * nothing in the stateless era).
     */
    public LogLevel logLevel() {
        return logLevel;
    }

    public void logLevel(LogLevel level) {
        this.logLevel = level;
    }

    public boolean logs(LogLevel level) {
        LogLevel minimum = logLevel;
        return minimum == null ? !silentByDefault : level.compareTo(minimum) >= 0;
    }

    /**
     * Sends a message that relates to no particular request on the session's standalone stream (for HTTP, the GET
     * stream); returns false when there is none.
     */
    public boolean sendUnrelated(ObjectNode message) {
        Outbound target = standalone;
        return target != null && target.send(message);
    }

    public Outbound standalone() {
        return standalone;
    }

    public void standalone(Outbound outbound) {
        this.standalone = outbound;
    }

    /**
     * The transport's state for this session, created once by the factory; it is closed when the session ends.
     */
    @SuppressWarnings("unchecked")
    public synchronized <T extends AutoCloseable> T transportState(Supplier<T> factory) {
        if (transportState == null) {
            transportState = factory.get();
        }
        return (T) transportState;
    }

    /**
     * Registers a request that the client may cancel; {@code onCancel} runs once if it does.
     *
     * @return the key to {@link #finished} the request with
     */
    public String started(JsonNode requestId, Runnable onCancel) {
        String key = key(requestId);
        inFlight.put(key, onCancel);
        return key;
    }

    public void finished(String key, Runnable onCancel) {
        inFlight.remove(key, onCancel);
    }

    /**
     * Handles {@code notifications/cancelled}: unknown and finished requests are ignored, as the spec asks.
     */
    public void cancel(JsonNode requestId) {
        if (requestId == null || !(requestId.isTextual() || requestId.isIntegralNumber())) {
            return;
        }
        Runnable onCancel = inFlight.remove(key(requestId));
        if (onCancel != null) {
            onCancel.run();
        }
    }

    /**
     * Sends a request to the client over {@code via} and returns its result; the stage fails with
     * {@link ClientRequestException} when the request cannot be sent, the client answers with an error, the timeout
     * passes or the session ends.
     */
    public CompletionStage<JsonNode> request(String method, ObjectNode params, Outbound via) {
        if (closed) {
            return CompletableFuture.failedFuture(new ClientRequestException("The MCP session has ended"));
        }
        String id = "warden-" + nextRequestId.getAndIncrement();
        ObjectNode message = JsonNodeFactory.instance.objectNode();
        message.put("jsonrpc", "2.0");
        message.put("id", id);
        message.put("method", method);
        message.set("params", params);
        CompletableFuture<JsonNode> answer = new CompletableFuture<>();
        pending.put(id, new Pending(method, answer));
        answer.whenComplete((value, failure) -> pending.remove(id));
        if (!via.send(message)) {
            answer.completeExceptionally(new ClientRequestException("The " + method
                    + " request cannot reach the client: it has no open stream for it"));
            return answer;
        }
        return answer.orTimeout(clientRequestTimeout.toMillis(), TimeUnit.MILLISECONDS).exceptionallyCompose(
                failure -> CompletableFuture.failedFuture(failure instanceof TimeoutException
                        ? new ClientRequestException("The client did not answer the " + method + " request in time")
                        : failure));
    }

    /**
     * Completes the server request a client response answers; returns false when no request awaits that id (unknown,
     * already answered or timed out).
     */
    public boolean complete(ObjectNode response) {
        JsonNode id = response.get("id");
        Pending awaiting = id != null && id.isTextual() ? pending.remove(id.textValue()) : null;
        if (awaiting == null) {
            return false;
        }
        JsonNode error = response.get("error");
        if (error != null) {
            String message = error.path("message").asText("no message");
            if (message.length() > MAX_ERROR_MESSAGE) {
                message = message.substring(0, MAX_ERROR_MESSAGE) + "...";
            }
            awaiting.answer.completeExceptionally(new ClientRequestException("The client refused the "
                    + awaiting.method + " request: " + message));
        } else {
            awaiting.answer.complete(response.get("result"));
        }
        return true;
    }

    /**
     * The most resource URIs one session may subscribe to; more subscriptions are refused.
     */
    public static final int MAX_SUBSCRIPTIONS = 1000;

    /**
     * Subscribes the session to updates of a resource.
     *
     * @throws io.mcpwarden.runtime.jsonrpc.JsonRpcException when the session already holds
     *         {@link #MAX_SUBSCRIPTIONS}
     */
    public void subscribe(String uri) {
        if (subscriptions.size() >= MAX_SUBSCRIPTIONS && !subscriptions.contains(uri)) {
            throw io.mcpwarden.runtime.jsonrpc.JsonRpcException.invalidParams("This session already has "
                    + MAX_SUBSCRIPTIONS + " resource subscriptions; unsubscribe from some first");
        }
        subscriptions.add(uri);
    }

    public void unsubscribe(String uri) {
        subscriptions.remove(uri);
    }

    public boolean subscribed(String uri) {
        return subscriptions.contains(uri);
    }

    /**
     * A tool of this session sent a URL-mode elicitation with this id: its completion may be announced later. The
     * session remembers its latest {@value #MAX_URL_ELICITATIONS} ids.
     */
    public void urlElicitationSent(String elicitationId) {
        synchronized (urlElicitations) {
            urlElicitations.remove(elicitationId);
            urlElicitations.add(elicitationId);
            if (urlElicitations.size() > MAX_URL_ELICITATIONS) {
                urlElicitations.remove(urlElicitations.iterator().next());
            }
        }
    }

    /**
     * Forgets the URL-mode elicitation with this id; whether this session had sent it.
     */
    public boolean urlElicitationCompleted(String elicitationId) {
        synchronized (urlElicitations) {
            return urlElicitations.remove(elicitationId);
        }
    }

    public boolean closed() {
        return closed;
    }

    /**
     * Ends everything the session holds: awaited client answers fail, requests in flight are cancelled and the
     * transport's streams are closed.
     */
    void close() {
        closed = true;
        for (String id : pending.keySet()) {
            Pending awaiting = pending.remove(id);
            if (awaiting != null) {
                awaiting.answer.completeExceptionally(new ClientRequestException("The MCP session has ended"));
            }
        }
        for (String key : inFlight.keySet()) {
            Runnable onCancel = inFlight.remove(key);
            if (onCancel != null) {
                onCancel.run();
            }
        }
        AutoCloseable state;
        synchronized (this) {
            state = transportState;
        }
        if (state != null) {
            try {
                state.close();
            } catch (Exception e) {
                // closing connections of an ended session: nothing else to do
            }
        }
    }

    private static String key(JsonNode requestId) {
        return (requestId.isTextual() ? "s:" : "n:") + requestId.asText();
    }

    private record Pending(String method, CompletableFuture<JsonNode> answer) {
    }
}
