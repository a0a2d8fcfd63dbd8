package io.mcpwarden.runtime.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.Cancellation;
import io.mcpwarden.ClientRequestException;
import io.mcpwarden.Elicitation;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.LogLevel;
import io.mcpwarden.McpLog;
import io.mcpwarden.Progress;
import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.TaskStart;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.Outbound;
import io.mcpwarden.runtime.session.RequestStreams;
import io.mcpwarden.runtime.session.SessionChannel;

/**
 * The two-way side of one client request that runs a tool: what the tool sends to the client while it works (logs,
 * progress, sampling and elicitation requests) and whether the client cancelled it. One object serves every
 * injectable facade, and it exists only for calls of tools that declare one (or return asynchronously).
 */
public final class ToolExchange implements McpLog, Progress, Cancellation, Sampling, Elicitation, TaskStart {

    private static final Logger LOG = Logger.getLogger(ToolExchange.class);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final McpSession session;
    private final SessionChannel channel;
    private final JsonNode requestId;
    private final JsonNode progressToken;
    private final String toolName;
    private final ObjectMapper mapper;
    private final RequestStreams streams;
    private final Object handle;
    private final Runnable cancelHook = this::cancel;
    private final String inFlightKey;
    private final List<Runnable> cancelActions = new ArrayList<>(1);
    private Outbound related;
    private volatile boolean cancelled;
    private volatile boolean finished;
    private CompletionStage<?> asyncResult;
    private double lastProgress = Double.NEGATIVE_INFINITY;
    private Runnable taskStarter;
    private volatile boolean taskBegun;

    /**
     * Registers the request as cancellable in its session.
     *
     * @param streams opens the request's own stream on first use, or null to use the session's standalone stream
     */
    public ToolExchange(McpSession session, JsonNode requestId, JsonNode progressToken, String toolName,
            ObjectMapper mapper, RequestStreams streams, Object handle) {
        this.session = session;
        this.channel = session.channel();
        this.requestId = requestId;
        this.progressToken = progressToken;
        this.toolName = toolName;
        this.mapper = mapper;
        this.streams = streams;
        this.handle = handle;
        this.inFlightKey = channel.started(requestId, cancelHook);
    }

    /**
     * The request's progress token from {@code params._meta.progressToken}, or null.
     */
    public static JsonNode progressToken(ObjectNode params) {
        JsonNode token = params == null ? null : params.path("_meta").get("progressToken");
        return token != null && (token.isTextual() || token.isIntegralNumber()) ? token : null;
    }

    /**
     * Called once the tool's outcome is known: the request is no longer cancellable and nothing more goes on its
     * stream.
     */
    public void finish() {
        finished = true;
        channel.finished(inFlightKey, cancelHook);
    }

    /**
     * Remembers the asynchronous result the tool returned, so that a cancellation cancels it.
     */
    public void asyncResult(CompletionStage<?> stage) {
        boolean cancelNow;
        synchronized (this) {
            asyncResult = stage;
            cancelNow = cancelled;
        }
        if (cancelNow) {
            cancelStage(stage);
        }
    }

    // TaskStart

    /**
     * Makes {@link #begin()} begin the call's task with {@code starter}; without it {@link #begin()} does nothing
     * (the call does not run as a task).
     */
    public synchronized void taskStarter(Runnable starter) {
        this.taskStarter = starter;
    }

    @Override
    public void begin() {
        Runnable starter;
        synchronized (this) {
            if (taskBegun || taskStarter == null) {
                return;
            }
            taskBegun = true;
            starter = taskStarter;
        }
        starter.run();
    }

    @Override
    public boolean isTask() {
        return taskBegun;
    }

    // Cancellation

    @Override
    public boolean isCancelled() {
        return cancelled;
    }

    @Override
    public void onCancel(Runnable action) {
        boolean runNow;
        synchronized (this) {
            runNow = cancelled;
            if (!runNow) {
                cancelActions.add(action);
            }
        }
        if (runNow) {
            action.run();
        }
    }

    /**
     * Stops the call from the server's side (its timeout passed): the tool's {@code Cancellation} reports it cancelled,
     * its cancellation actions run and its asynchronous result is cancelled, as when the client cancels.
     */
    public void stop() {
        cancel();
    }

    private void cancel() {
        List<Runnable> actions;
        CompletionStage<?> stage;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            actions = List.copyOf(cancelActions);
            cancelActions.clear();
            stage = asyncResult;
        }
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "A cancellation action of tool '%s' failed", toolName);
            }
        }
        if (stage != null) {
            cancelStage(stage);
        }
    }

    private static void cancelStage(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().cancel(true);
        } catch (UnsupportedOperationException e) {
            // a stage that cannot be cancelled from outside: its result is dropped instead
        }
    }

    // McpLog

    @Override
    public boolean isEnabled(LogLevel level) {
        return channel.logs(level);
    }

    @Override
    public void log(LogLevel level, Object data) {
        if (level == null || !channel.logs(level)) {
            return;
        }
        ObjectNode params = NODES.objectNode();
        params.put("level", level.wireName());
        params.put("logger", toolName);
        params.set("data", mapper.valueToTree(data));
        send(notification("notifications/message", params));
    }

    // Progress

    @Override
    public boolean requested() {
        return progressToken != null;
    }

    @Override
    public void report(double progress, Double total, String message) {
        if (progressToken == null) {
            return;
        }
        synchronized (this) {
            if (!(progress > lastProgress)) {
                LOG.debugf("Tool '%s' reported progress %s after %s: not sent, progress must increase", toolName,
                        progress, lastProgress);
                return;
            }
            lastProgress = progress;
        }
        ObjectNode params = NODES.objectNode();
        params.set("progressToken", progressToken);
        params.put("progress", progress);
        if (total != null) {
            params.put("total", total);
        }
        if (message != null) {
            params.put("message", message);
        }
        send(notification("notifications/progress", params));
    }

    // Sampling

    @Override
    public boolean supported() {
        return session.clientDeclared("sampling");
    }

    @Override
    public CompletionStage<SamplingResult> createMessage(SamplingRequest request) {
        if (!supported()) {
            return CompletableFuture.failedFuture(new MissingClientCapabilityException("sampling",
                    "The client does not support sampling: it did not declare the sampling capability"));
        }
        if (session.stateless()) {
            return CompletableFuture.failedFuture(noServerRequests("sampling/createMessage"));
        }
        return channel.request("sampling/createMessage", ClientRequestBodies.sampling(request), outbound())
                .thenApply(ClientRequestBodies::samplingResult);
    }

    // Elicitation

    @Override
    public boolean supportsForm() {
        if (!session.clientDeclared("elicitation")) {
            return false;
        }
        JsonNode declared = session.clientCapabilities().get("elicitation");
        // An empty elicitation capability means form mode (2025-06-18 clients declare it so).
        return declared.isEmpty() || declared.has("form");
    }

    @Override
    public boolean supportsUrl() {
        return session.clientDeclared("elicitation") && session.clientCapabilities().get("elicitation").has("url");
    }

    @Override
    public CompletionStage<ElicitationResult> form(String message, ElicitationSchema schema) {
        if (!supportsForm()) {
            return CompletableFuture.failedFuture(new MissingClientCapabilityException("elicitation",
                    "The client does not support form elicitation: it did not declare the elicitation capability"));
        }
        if (session.stateless()) {
            return CompletableFuture.failedFuture(noServerRequests("elicitation/create"));
        }
        return channel.request("elicitation/create", ClientRequestBodies.form(message, schema, session), outbound())
                .thenApply(result -> ClientRequestBodies.elicitationResult(result, mapper));
    }

    @Override
    public CompletionStage<ElicitationResult> url(String message, String url, String elicitationId) {
        if (!supportsUrl()) {
            return CompletableFuture.failedFuture(new MissingClientCapabilityException("elicitation",
                    "The client does not support URL elicitation: it did not declare elicitation.url"));
        }
        if (session.stateless()) {
            return CompletableFuture.failedFuture(noServerRequests("elicitation/create"));
        }
        channel.urlElicitationSent(elicitationId);
        return channel.request("elicitation/create", ClientRequestBodies.url(message, url, elicitationId),
                outbound()).thenApply(result -> ClientRequestBodies.elicitationResult(result, mapper));
    }

    /**
     * Sends a request the tool asked for with {@code InputRequired} over the session (the session eras); the stage
     * completes with the client's result.
     */
    public CompletionStage<JsonNode> ask(String method, ObjectNode params) {
        return channel.request(method, params, outbound());
    }

    /**
     * The failure of a server-to-client request in the stateless era, which has none: 2026-07-28 asks for client
     * input with multi-round-trip results instead.
     */
    private static ClientRequestException noServerRequests(String method) {
        return new ClientRequestException("The client cannot be sent a " + method + " request in protocol revision "
                + "2026-07-28: that revision replaces server-to-client requests with multi-round-trip results");
    }

    // Delivery

    private void send(ObjectNode message) {
        if (finished || cancelled) {
            return;
        }
        outbound().send(message);
    }

    private synchronized Outbound outbound() {
        if (cancelled) {
            // Under the same lock as cancel(): a cancelled request never opens a stream, and a stream opened before
            // the cancellation is visible to the code that abandons it.
            return message -> false;
        }
        if (related == null) {
            related = streams == null ? channel::sendUnrelated : streams.open(handle, session);
        }
        return related;
    }

    private static ObjectNode notification(String method, ObjectNode params) {
        ObjectNode message = NODES.objectNode();
        message.put("jsonrpc", "2.0");
        message.put("method", method);
        message.set("params", params);
        return message;
    }

    /**
     * The id of the client request this exchange belongs to.
     */
    public JsonNode requestId() {
        return requestId;
    }
}
