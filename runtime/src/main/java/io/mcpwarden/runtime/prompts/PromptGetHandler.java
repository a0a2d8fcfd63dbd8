package io.mcpwarden.runtime.prompts;

import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.InputRequired;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.exchange.MissingClientCapabilityException;
import io.mcpwarden.runtime.input.InputRounds;
import io.mcpwarden.runtime.input.RoundInput;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;
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
    private final InputRounds rounds;

    public PromptGetHandler(PromptCatalog catalog, Vertx vertx, Executor virtualThreads, InputRounds rounds) {
        this.catalog = catalog;
        this.rounds = rounds;
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
     * Renders the prompt; the stage completes with the {@code GetPromptResult}, an {@code InputRequiredResult} (a
     * stateless-era prompt that asked for client input), or a {@link JsonRpcException}.
     *
     * @throws JsonRpcException (invalid params) for arguments that do not fit the prompt
     */
    public CompletionStage<JsonNode> get(RegisteredPrompt prompt, ObjectNode params, Caller caller,
            McpSession session) {
        JsonNode arguments = params.get("arguments");
        RoundInput input = session != null && prompt.metadata().parameters().stream()
                .anyMatch(p -> p.kind() == PromptParameter.Kind.CLIENT_INPUT)
                        ? rounds.open(params, caller, session, "prompts/get", prompt.name(), arguments)
                        : null;
        Object[] values = PromptArgumentBinder.bind(prompt.metadata(), arguments, caller, input);
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
                    if (failure instanceof JsonRpcException protocolError) {
                        throw protocolError;
                    }
                    if (failure instanceof InputRequired required && input != null && input.stateless()) {
                        return inputRequired(required, input);
                    }
                    if (failure instanceof InputRequired) {
                        throw new JsonRpcException(JsonRpcErrorCode.INTERNAL_ERROR, "The prompt '" + prompt.name()
                                + "' needs client input, which only protocol revision 2026-07-28 can carry to a"
                                + " prompt");
                    }
                    LOG.errorf(ManagedInvocation.unwrap(failure), "Prompt '%s' (%s) failed", prompt.name(),
                            prompt.metadata().declaringMethod());
                    throw new JsonRpcException(JsonRpcErrorCode.INTERNAL_ERROR,
                            "The prompt '" + prompt.name() + "' failed. The server log has the details.");
                });
    }

    private JsonNode inputRequired(InputRequired required, RoundInput input) {
        try {
            return rounds.result(required, input);
        } catch (MissingClientCapabilityException missing) {
            throw missing.toJsonRpcError();
        }
    }
}
