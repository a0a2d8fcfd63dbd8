package io.mcpwarden.runtime.prompts;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.vertx.core.Vertx;

/**
 * Serves {@code prompts/get}: finds the prompt, binds its string arguments, runs it on the thread its execution model
 * asks for, inside a request context, and encodes the messages. Unlike tools, which report their own failures in the
 * result, every failure here is a JSON-RPC error (the MCP prompts specification has no error result).
 */
public final class PromptGetHandler {

    private static final Logger LOG = Logger.getLogger(PromptGetHandler.class);

    private final PromptCatalog catalog;
    private final ManagedInvocation invocation;

    public PromptGetHandler(PromptCatalog catalog, Vertx vertx, Executor virtualThreads) {
        this.catalog = catalog;
        this.invocation = new ManagedInvocation(vertx, virtualThreads);
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
        return invocation.run(prompt.metadata().executionModel(), prompt.metadata().async(), prompt.invoker(),
                values, caller, null)
                .handle((value, failure) -> {
                    if (failure == null) {
                        try {
                            return PromptResultEncoder.encode(prompt.metadata(), value);
                        } catch (RuntimeException e) {
                            failure = e;
                        }
                    }
                    LOG.errorf(ManagedInvocation.unwrap(failure), "Prompt '%s' (%s) failed", prompt.name(),
                            prompt.metadata().declaringMethod());
                    throw new JsonRpcException(JsonRpcErrorCode.INTERNAL_ERROR,
                            "The prompt '" + prompt.name() + "' failed. The server log has the details.");
                });
    }
}
