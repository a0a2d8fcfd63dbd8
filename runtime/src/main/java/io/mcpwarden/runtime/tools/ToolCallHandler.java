package io.mcpwarden.runtime.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import jakarta.validation.ConstraintViolationException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ClientRequestException;
import io.mcpwarden.InputRequired;
import io.mcpwarden.ProtocolErrorException;
import io.mcpwarden.TaskSupport;
import io.mcpwarden.ToolCallException;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.ToolAuthorizers;
import io.mcpwarden.runtime.exchange.MissingClientCapabilityException;
import io.mcpwarden.runtime.exchange.RequestCancelledException;
import io.mcpwarden.runtime.exchange.ToolExchange;
import io.mcpwarden.runtime.input.InputRounds;
import io.mcpwarden.runtime.input.RoundInput;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.invocation.RunningInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.RequestStreams;
import io.mcpwarden.runtime.tasks.TaskStore;
import io.mcpwarden.runtime.tasks.TasksExtension;
import io.vertx.core.Vertx;

/**
 * Serves {@code tools/call}: finds the tool, binds its arguments, runs it on the thread its execution model asks for,
 * and encodes the outcome. Failures of the tool become results with {@code isError: true}; only protocol faults
 * (unknown tool, malformed params) become JSON-RPC errors.
 */
public final class ToolCallHandler {

    private static final Logger LOG = Logger.getLogger(ToolCallHandler.class);
    /** How often one call may ask the client for input over a session before it is ended as a failure. */
    static final int MAX_INPUT_ROUNDS = 10;

    private final ToolCatalog catalog;
    private final ToolResultEncoder encoder;
    private final ManagedInvocation invocation;

    private final ToolAuthorizers authorizers;

    private final ObjectMapper mapper;

    private final ToolTimeouts timeouts;

    private final InputRounds rounds;

    private final TaskCalls tasks;

    /**
     * @param tasks the tasks of this server, or null when no tool runs as a task
     * @param audit records the outcome of each task when it ends
     */
    public ToolCallHandler(ToolCatalog catalog, ToolResultEncoder encoder, Vertx vertx, Executor virtualThreads,
            ToolAuthorizers authorizers, ObjectMapper mapper, ToolTimeouts timeouts, InputRounds rounds,
            TaskStore tasks, AuditLog audit) {
        this.rounds = rounds;
        this.mapper = mapper;
        this.timeouts = timeouts;
        this.authorizers = authorizers;
        this.catalog = catalog;
        this.encoder = encoder;
        this.invocation = new ManagedInvocation(vertx, virtualThreads);
        this.tasks = tasks == null ? null
                : new TaskCalls(this, tasks, invocation, authorizers, mapper, timeouts, rounds, audit);
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
        RoundInput input = session != null && tool.binder().usesClientInput()
                ? rounds.open(params, caller, session, "tools/call", tool.name(), argumentObject)
                : null;
        if (session != null && session.stateless() && tool.metadata().tasks() != TaskSupport.NONE) {
            if (tasks != null && TasksExtension.declared(session.clientCapabilities())) {
                return tasks.call(tool, argumentObject, caller, session, requestId, input);
            }
            if (tool.metadata().tasks() == TaskSupport.REQUIRED) {
                throw TasksExtension.missing("Missing required client capability: the tool '" + tool.name()
                        + "' runs only as a task; declare the extension " + TasksExtension.ID
                        + " in the request's client capabilities");
            }
        }
        if (session != null && (tool.binder().usesExchange() || tool.metadata().async()
                || (input != null && !session.stateless()))) {
            return callWithExchange(tool, params, argumentObject, caller, session, requestId, streams, handle, input);
        }
        Object[] values;
        try {
            values = tool.binder().bind(argumentObject, caller, null, input);
        } catch (ArgumentException e) {
            return CompletableFuture.completedFuture(ToolResultEncoder.error(e.getMessage()));
        }
        RunningInvocation running = new RunningInvocation();
        CompletionStage<JsonNode> result = invocation.run(tool.metadata().executionModel(), tool.metadata().async(),
                tool.invoker(), values, caller, () -> authorizers.check(tool.name(), caller,
                        tool.binder().byName(values)),
                null, running)
                .handle((value, failure) -> outcome(tool, value, failure, input));
        return timeouts.bound(tool.name(), result, running, null);
    }

    /**
     * A call that the client can cancel and during which the tool may talk to the client. On cancellation the stage
     * fails at once with {@link RequestCancelledException}, whatever the tool does afterwards. In the session eras a
     * tool that asks for client input ({@link InputRequired}) has its requests sent over the session and runs again
     * with the answers.
     */
    private CompletionStage<JsonNode> callWithExchange(RegisteredTool tool, ObjectNode params, ObjectNode arguments,
            Caller caller, McpSession session, JsonNode requestId, RequestStreams streams, Object handle,
            RoundInput input) {
        ToolExchange exchange = new ToolExchange(session, requestId, ToolExchange.progressToken(params), tool.name(),
                mapper, streams, handle);
        CompletableFuture<JsonNode> response = new CompletableFuture<>();
        exchange.onCancel(() -> response.completeExceptionally(RequestCancelledException.INSTANCE));
        RunningInvocation running = new RunningInvocation();
        attempt(new Call(tool, arguments, caller, session, exchange, response, running), input, 1);
        return timeouts.bound(tool.name(), response, running, () -> {
            exchange.stop();
            exchange.finish();
        });
    }

    /** One call with an exchange, over all its rounds. */
    private record Call(RegisteredTool tool, ObjectNode arguments, Caller caller, McpSession session,
            ToolExchange exchange, CompletableFuture<JsonNode> response, RunningInvocation running) {

        void end(JsonNode result) {
            exchange.finish();
            response.complete(result);
        }
    }

    private void attempt(Call call, RoundInput input, int round) {
        RegisteredTool tool = call.tool();
        ToolExchange exchange = call.exchange();
        Object[] values;
        try {
            values = tool.binder().bind(call.arguments(), call.caller(), exchange, input);
        } catch (ArgumentException e) {
            call.end(ToolResultEncoder.error(e.getMessage()));
            return;
        }
        invocation.run(tool.metadata().executionModel(), tool.metadata().async(), tool.invoker(), values,
                call.caller(), () -> authorizers.check(tool.name(), call.caller(), tool.binder().byName(values)),
                exchange::asyncResult, call.running())
                .whenComplete((value, failure) -> {
                    if (exchange.isCancelled()) {
                        exchange.finish();
                        call.response().completeExceptionally(RequestCancelledException.INSTANCE);
                        return;
                    }
                    if (failure instanceof InputRequired required && input != null && !call.session().stateless()) {
                        askOverSession(call, required, input, round);
                        return;
                    }
                    exchange.finish();
                    try {
                        if (call.session().stateless()) {
                            StatelessToolFailures.rethrowMissingCapability(failure);
                        }
                        call.response().complete(outcome(tool, value, failure, input));
                    } catch (RuntimeException e) {
                        call.response().completeExceptionally(e);
                    }
                });
    }

    /**
     * Sends the requests a tool asked for to the client over the session, and runs the tool again with the answers.
     */
    private void askOverSession(Call call, InputRequired required, RoundInput input, int round) {
        String name = call.tool().name();
        if (round >= MAX_INPUT_ROUNDS) {
            LOG.warnf("Tool '%s' asked for client input %d times without finishing; the call is ended", name, round);
            call.end(ToolResultEncoder.error("The tool '" + name + "' asked for client input too many times."));
            return;
        }
        Map<String, ObjectNode> requests;
        try {
            requests = rounds.requests(required, input);
        } catch (MissingClientCapabilityException e) {
            call.end(ToolResultEncoder.error(e.getMessage()));
            return;
        }
        ObjectNode answers = mapper.createObjectNode();
        List<CompletableFuture<Void>> asked = new ArrayList<>(requests.size());
        requests.forEach((key, request) -> asked.add(call.exchange()
                .ask(request.get("method").textValue(), (ObjectNode) request.get("params"))
                .thenAccept(answer -> {
                    synchronized (answers) {
                        answers.set(key, answer);
                    }
                }).toCompletableFuture()));
        CompletableFuture.allOf(asked.toArray(CompletableFuture[]::new)).whenComplete((done, failure) -> {
            if (call.exchange().isCancelled()) {
                call.exchange().finish();
                call.response().completeExceptionally(RequestCancelledException.INSTANCE);
                return;
            }
            if (failure != null) {
                Throwable cause = ManagedInvocation.unwrap(failure);
                call.end(ToolResultEncoder.error(cause instanceof ClientRequestException
                        ? String.valueOf(cause.getMessage())
                        : "The client did not answer the tool's input requests."));
                return;
            }
            ObjectNode gathered;
            synchronized (answers) {
                gathered = answers.deepCopy();
            }
            attempt(call, input.next(gathered, required.requestState()), round + 1);
        });
    }

    /**
     * The result of one run of a tool, or the JSON-RPC error it ends with.
     *
     * @throws AuthChallengeException when an argument-aware authorizer refused the call
     * @throws JsonRpcException for a protocol error: a malformed answer the tool read, or a
     *         {@link ProtocolErrorException} it threw
     */
    JsonNode outcome(RegisteredTool tool, Object value, Throwable failure, RoundInput input) {
        if (failure instanceof AuthChallengeException refusal) {
            throw refusal;
        }
        if (failure instanceof ProtocolErrorException chosen) {
            throw new JsonRpcException(chosen.code(), String.valueOf(chosen.getMessage()));
        }
        if (failure instanceof JsonRpcException protocolError) {
            // a malformed answer the tool read from ClientInput
            throw protocolError;
        }
        if (failure instanceof InputRequired required) {
            return inputRequired(tool, required, input);
        }
        return failure == null ? encode(tool, value) : failureResult(tool, failure);
    }

    /**
     * The {@code InputRequiredResult} of a stateless-era call; a tool error where the call cannot ask the client.
     */
    private JsonNode inputRequired(RegisteredTool tool, InputRequired required, RoundInput input) {
        if (input == null || !input.stateless()) {
            LOG.errorf("Tool '%s' (%s) asked for client input without declaring a ClientInput parameter", tool.name(),
                    tool.metadata().declaringMethod());
            return ToolResultEncoder.error("The tool '" + tool.name() + "' failed. The server log has the details.");
        }
        try {
            return rounds.result(required, input);
        } catch (MissingClientCapabilityException missing) {
            throw missing.toJsonRpcError();
        }
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
