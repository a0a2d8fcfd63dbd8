package io.mcpwarden.runtime.prompts;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.CallerScope;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.Vertx;

/**
 * Serves {@code prompts/get}: finds the prompt, binds its string arguments, runs it on the thread its execution model
 * asks for, inside a request context, and encodes the messages. Unlike tools, which report their own failures in the
 * result, every failure here is a JSON-RPC error (the MCP prompts specification has no error result).
 */
public final class PromptGetHandler {

    private static final Logger LOG = Logger.getLogger(PromptGetHandler.class);

    private final PromptCatalog catalog;
    private final Vertx vertx;
    private final Executor virtualThreads;
    private final CallerScope callerScope = new CallerScope();

    public PromptGetHandler(PromptCatalog catalog, Vertx vertx, Executor virtualThreads) {
        this.catalog = catalog;
        this.vertx = vertx;
        this.virtualThreads = virtualThreads;
    }

    /**
     * The prompt name of a {@code prompts/get} request.
     *
     * @throws JsonRpcException (invalid params) when it is missing
     */
    public static String name(ObjectNode params) {
        JsonNode name = params == null ? null : params.get("name");
        if (name == null || !name.isTextual()) {
            throw JsonRpcException.invalidParams("prompts/get needs a 'name' string");
        }
        return name.textValue();
    }

    /**
     * The prompt with this name.
     *
     * @throws JsonRpcException (invalid params) when there is none
     */
    public RegisteredPrompt find(String name) {
        RegisteredPrompt prompt = catalog.find(name);
        if (prompt == null) {
            throw JsonRpcException.invalidParams("Unknown prompt: " + PromptArgumentBinder.shorten(name));
        }
        return prompt;
    }

    /**
     * Renders the prompt; the stage completes with the {@code GetPromptResult} or with a {@link JsonRpcException}.
     *
     * @throws JsonRpcException (invalid params) for arguments that do not fit the prompt
     */
    public CompletionStage<JsonNode> get(RegisteredPrompt prompt, ObjectNode params, Caller caller) {
        Object[] values = PromptArgumentBinder.bind(prompt.metadata(), params.get("arguments"), caller);
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        switch (prompt.metadata().executionModel()) {
            case EVENT_LOOP -> invoke(prompt, values, caller, outcome);
            case WORKER -> vertx.executeBlocking(() -> {
                invoke(prompt, values, caller, outcome);
                return null;
            }, false);
            case VIRTUAL_THREAD -> virtualThreads.execute(() -> invoke(prompt, values, caller, outcome));
        }
        return outcome;
    }

    private void invoke(RegisteredPrompt prompt, Object[] values, Caller caller,
            CompletableFuture<JsonNode> outcome) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        boolean completesLater = false;
        try {
            callerScope.enter(caller);
            Object returned = prompt.invoker().invoke(null, values);
            if (prompt.metadata().async() && returned != null) {
                InjectableContext.ContextState state = requestContext.getState();
                completesLater = true;
                ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
                    requestContext.destroy(state);
                    finish(prompt, value, failure, outcome);
                });
            } else {
                finish(prompt, returned, null, outcome);
            }
        } catch (Throwable failure) {
            finish(prompt, null, failure, outcome);
        } finally {
            if (completesLater) {
                requestContext.deactivate();
            } else {
                requestContext.terminate();
            }
        }
    }

    private static void finish(RegisteredPrompt prompt, Object value, Throwable failure,
            CompletableFuture<JsonNode> outcome) {
        if (failure == null) {
            try {
                outcome.complete(PromptResultEncoder.encode(prompt.metadata(), value));
                return;
            } catch (RuntimeException e) {
                failure = e;
            }
        }
        LOG.errorf(unwrap(failure), "Prompt '%s' (%s) failed", prompt.name(), prompt.metadata().declaringMethod());
        outcome.completeExceptionally(new JsonRpcException(JsonRpcErrorCode.INTERNAL_ERROR,
                "The prompt '" + prompt.name() + "' failed. The server log has the details."));
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
