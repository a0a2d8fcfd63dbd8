package io.mcpwarden.runtime.tools;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ToolCallException;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.CallerScope;
import io.mcpwarden.runtime.auth.ToolAuthorizers;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
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
    private final Vertx vertx;
    private final Executor virtualThreads;
    private final CallerScope callerScope = new CallerScope();

    private final ToolAuthorizers authorizers;

    public ToolCallHandler(ToolCatalog catalog, ToolResultEncoder encoder, Vertx vertx, Executor virtualThreads,
            ToolAuthorizers authorizers) {
        this.authorizers = authorizers;
        this.catalog = catalog;
        this.encoder = encoder;
        this.vertx = vertx;
        this.virtualThreads = virtualThreads;
    }

    public CompletionStage<JsonNode> call(ObjectNode params, Caller caller) {
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
        Object[] values;
        try {
            values = tool.binder().bind(arguments instanceof ObjectNode object ? object : null, caller);
        } catch (ArgumentException e) {
            return CompletableFuture.completedFuture(ToolResultEncoder.error(e.getMessage()));
        }
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        switch (tool.metadata().executionModel()) {
            case EVENT_LOOP -> invoke(tool, values, caller, outcome);
            case WORKER -> vertx.executeBlocking(() -> {
                invoke(tool, values, caller, outcome);
                return null;
            }, false);
            case VIRTUAL_THREAD -> virtualThreads.execute(() -> invoke(tool, values, caller, outcome));
        }
        return outcome;
    }

    private void invoke(RegisteredTool tool, Object[] values, Caller caller, CompletableFuture<JsonNode> outcome) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        boolean completesLater = false;
        try {
            callerScope.enter(caller);
            AuthChallengeException refusal = authorizers.check(tool.name(), caller, tool.binder().byName(values));
            if (refusal != null) {
                outcome.completeExceptionally(refusal);
                return;
            }
            Object returned = tool.invoker().invoke(null, values);
            if (tool.metadata().async() && returned != null) {
                InjectableContext.ContextState state = requestContext.getState();
                completesLater = true;
                ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
                    requestContext.destroy(state);
                    finish(tool, value, failure, outcome);
                });
            } else {
                finish(tool, returned, null, outcome);
            }
        } catch (Throwable failure) {
            finish(tool, null, failure, outcome);
        } finally {
            if (completesLater) {
                requestContext.deactivate();
            } else {
                requestContext.terminate();
            }
        }
    }

    private void finish(RegisteredTool tool, Object value, Throwable failure, CompletableFuture<JsonNode> outcome) {
        if (failure != null) {
            outcome.complete(failureResult(tool, unwrap(failure)));
            return;
        }
        try {
            outcome.complete(encoder.encode(tool.metadata().resultKind(), value));
        } catch (RuntimeException e) {
            outcome.complete(failureResult(tool, e));
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

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
