package io.mcpwarden.runtime.tools;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ToolCallException;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.ToolAuthorizers;
import io.mcpwarden.runtime.exchange.RequestCancelledException;
import io.mcpwarden.runtime.exchange.ToolExchange;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.invocation.RunningInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.RequestStreams;
import io.vertx.core.Vertx;

/**
 * Serves {@code tools/call}: finds the tool, binds its arguments, runs it on the thread its execution model asks for,
 * and encodes the outcome. Failures of the tool become results with {@code isError: true}; only protocol faults
 * (unknown tool, malformed params) become JSON-RPC errors.
 */
public final class ToolCallHandler {

    private static final Logger LOG = Logger.getLogger(ToolCallHandler.class);

    private final ToolCatalog catalog;
    private final ToolResultEncoder encoder;
    private final ManagedInvocation invocation;

    private final ToolAuthorizers authorizers;

    private final ObjectMapper mapper;

    private final ToolTimeouts timeouts;

    public ToolCallHandler(ToolCatalog catalog, ToolResultEncoder encoder, Vertx vertx, Executor virtualThreads,
            ToolAuthorizers authorizers, ObjectMapper mapper, ToolTimeouts timeouts) {
        this.mapper = mapper;
        this.timeouts = timeouts;
        this.authorizers = authorizers;
        this.catalog = catalog;
        this.encoder = encoder;
        this.invocation = new ManagedInvocation(vertx, virtualThreads);
    }

    /**
     * Calls the tool named in {@code params}.
     *
     * @param session the caller's session
     * @param requestId the id of the {@code tools/call} request
     * @param streams opens the request's own stream for messages the tool sends, or null to use the session's
     *        standalone stream
     * @param handle the transport's object for the request, passed to {@code streams}
     */
    public CompletionStage<JsonNode> call(ObjectNode params, Caller caller, McpSession session, JsonNode requestId,
            RequestStreams streams, Object handle) {
        JsonNode name = params == null ? null : params.get("name");
        if (name == null || !name.isTextual()) {
            throw JsonRpcException.invalidParams("tools/call needs a 'name' string");
        }
        RegisteredTool tool = catalog.find(name.textValue());
        if (tool == null) {
            throw JsonRpcException.invalidParams("Unknown tool: " + ArgumentBinder.shorten(name.textValue()));
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isObject() && !arguments.isNull()) {
            throw JsonRpcException.invalidParams("The 'arguments' of tools/call must be an object");
        }
        ObjectNode argumentObject = arguments instanceof ObjectNode object ? object : null;
        if (session != null && (tool.binder().usesExchange() || tool.metadata().async())) {
            return callWithExchange(tool, params, argumentObject, caller, session, requestId, streams, handle);
        }
        Object[] values;
        try {
            values = tool.binder().bind(argumentObject, caller);
        } catch (ArgumentException e) {
            return CompletableFuture.completedFuture(ToolResultEncoder.error(e.getMessage()));
        }
        RunningInvocation running = new RunningInvocation();
        CompletionStage<JsonNode> result = invocation.run(tool.metadata().executionModel(), tool.metadata().async(),
                tool.invoker(), values, caller, () -> authorizers.check(tool.name(), caller,
                        tool.binder().byName(values)),
                null, running)
                .handle((value, failure) -> outcome(tool, value, failure));
        return timeouts.bound(tool.name(), result, running, null);
    }

    /**
     * A call that the client can cancel and during which the tool may talk to the client. On cancellation the stage
     * fails at once with {@link RequestCancelledException}, whatever the tool does afterwards.
     */
    private CompletionStage<JsonNode> callWithExchange(RegisteredTool tool, ObjectNode params, ObjectNode arguments,
            Caller caller, McpSession session, JsonNode requestId, RequestStreams streams, Object handle) {
        ToolExchange exchange = new ToolExchange(session, requestId, ToolExchange.progressToken(params), tool.name(),
                mapper, streams, handle);
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        exchange.onCancel(() -> response.completeExceptionally(RequestCancelledException.INSTANCE));
        Object[] values;
        try {
            values = tool.binder().bind(arguments, caller, exchange);
        } catch (ArgumentException e) {
            exchange.finish();
            return CompletableFuture.completedFuture(ToolResultEncoder.error(e.getMessage()));
        }
        RunningInvocation running = new RunningInvocation();
        invocation.run(tool.metadata().executionModel(), tool.metadata().async(), tool.invoker(), values, caller,
                () -> authorizers.check(tool.name(), caller, tool.binder().byName(values)), exchange::asyncResult,
                running)
                .whenComplete((value, failure) -> {
                    exchange.finish();
                    if (exchange.isCancelled()) {
                        response.completeExceptionally(RequestCancelledException.INSTANCE);
                        return;
                    }
                    try {
                        if (session.stateless()) {
                            StatelessToolFailures.rethrowMissingCapability(failure);
                        }
                        response.complete(outcome(tool, value, failure));
                    } catch (RuntimeException e) {
                        response.completeExceptionally(e);
                    }
                });
        return timeouts.bound(tool.name(), response, running, () -> {
            exchange.stop();
            exchange.finish();
        });
    }

    private JsonNode outcome(RegisteredTool tool, Object value, Throwable failure) {
        if (failure instanceof AuthChallengeException refusal) {
            throw refusal;
        }
        return failure == null ? encode(tool, value) : failureResult(tool, failure);
    }

    private JsonNode encode(RegisteredTool tool, Object value) {
        try {
            return encoder.encode(tool.metadata().resultKind(), value);
        } catch (RuntimeException e) {
            return failureResult(tool, e);
        }
    }

    private static ObjectNode failureResult(RegisteredTool tool, Throwable failure) {
        if (failure instanceof ToolCallException chosen) {
            if (chosen.getCause() != null) {
                LOG.debugf(chosen.getCause(), "Tool '%s' refused the call: %s", tool.name(), chosen.getMessage());
            }
            return ToolResultEncoder.error(String.valueOf(chosen.getMessage()));
        }
        if (failure instanceof ConstraintViolationException invalid) {
            String message = ConstraintViolations.describe(invalid.getConstraintViolations(),
                    tool.metadata().parameters());
            if (message != null) {
                return ToolResultEncoder.error(message);
            }
        }
        LOG.errorf(failure, "Tool '%s' (%s) failed", tool.name(), tool.metadata().declaringMethod());
        return ToolResultEncoder.error("The tool '" + tool.name() + "' failed. The server log has the details.");
    }
}
