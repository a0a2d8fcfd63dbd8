package io.mcpwarden.runtime.tools;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.InputRequired;
import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.ToolAuthorizers;
import io.mcpwarden.runtime.exchange.MissingClientCapabilityException;
import io.mcpwarden.runtime.exchange.ToolExchange;
import io.mcpwarden.runtime.input.InputRounds;
import io.mcpwarden.runtime.input.RoundInput;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.invocation.RunningInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionChannel;
import io.mcpwarden.runtime.tasks.McpTask;
import io.mcpwarden.runtime.tasks.TaskStore;

/**
 * Runs a {@code tools/call} as a task (the tasks extension of MCP 2026-07-28). The request is answered with the task
 * handle when the task begins: before the tool runs, or when it calls {@code TaskStart.begin()}; until then it runs
 * as part of the request, so its input requests and its result answer the request itself. Once begun, the tool runs
 * on a state of its own that outlives the request: its result (or tool error) completes the task, a JSON-RPC error
 * fails it, and input it asks for parks the task until {@code tasks/update} answers, after which it runs again.
 */
final class TaskCalls {

    private static final Logger LOG = Logger.getLogger(TaskCalls.class);

    private final ToolCallHandler handler;
    private final TaskStore store;
    private final ManagedInvocation invocation;
    private final ToolAuthorizers authorizers;
    private final ObjectMapper mapper;
    private final ToolTimeouts timeouts;
    private final InputRounds rounds;
    private final AuditLog audit;

    TaskCalls(ToolCallHandler handler, TaskStore store, ManagedInvocation invocation, ToolAuthorizers authorizers,
            ObjectMapper mapper, ToolTimeouts timeouts, InputRounds rounds, AuditLog audit) {
        this.handler = handler;
        this.store = store;
        this.invocation = invocation;
        this.authorizers = authorizers;
        this.mapper = mapper;
        this.timeouts = timeouts;
        this.rounds = rounds;
        this.audit = audit;
    }

    CompletionStage<JsonNode> call(RegisteredTool tool, ObjectNode arguments, Caller caller, McpSession request,
            JsonNode requestId, RoundInput input) {
        Run run = new Run(tool, arguments, caller, request.detached(), requestId);
        SessionChannel requestChannel = request.channel();
        Runnable requestCancelled = run::requestCancelled;
        String inFlight = requestChannel.started(requestId, requestCancelled);
        run.response.whenComplete((value, failure) -> requestChannel.finished(inFlight, requestCancelled));
        if (!tool.beginsTaskItself()) {
            run.exchange.begin();
        }
        run.attempt(input);
        return run.response;
    }

    /** One call, before and after its task begins, over all its rounds. */
    private final class Run implements McpTask.Runner {

        final RegisteredTool tool;
        final ObjectNode arguments;
        final Caller caller;
        final McpSession state;
        final JsonNode requestId;
        final ToolExchange exchange;
        final CompletableFuture<JsonNode> response = new CompletableFuture<>();
        final long start = System.nanoTime();
        private volatile McpTask task;
        private volatile RunningInvocation running;
        private volatile RoundInput input;
        private volatile int round;
        private volatile boolean stopped;
        private final AtomicBoolean released = new AtomicBoolean();

        Run(RegisteredTool tool, ObjectNode arguments, Caller caller, McpSession state, JsonNode requestId) {
            this.tool = tool;
            this.arguments = arguments;
            this.caller = caller;
            this.state = state;
            this.requestId = requestId;
            this.exchange = new ToolExchange(state, requestId, null, tool.name(), mapper, null, null);
            exchange.taskStarter(this::begin);
        }

        /** {@code TaskStart.begin()}: the task exists, and the request is answered with its handle. */
        private void begin() {
            McpTask created;
            try {
                created = store.create(state.owner(), tool.name());
            } catch (JsonRpcException refused) {
                response.completeExceptionally(refused);
                stop();
                return;
            }
            created.runner(this);
            task = created;
            if (!response.complete(created.createResult())) {
                // the client went away before the task began: nobody knows its id
                created.cancel("The request was cancelled before the task began");
            }
        }

        void attempt(RoundInput roundInput) {
            if (stopped) {
                release(); // refused or cancelled before this run could start
                return;
            }
            this.input = roundInput;
            Object[] values;
            try {
                values = tool.binder().bind(arguments, caller, exchange, roundInput);
            } catch (ArgumentException e) {
                settle(null, null, ToolResultEncoder.error(e.getMessage()));
                return;
            }
            RunningInvocation current = new RunningInvocation();
            running = current;
            if (stopped) {
                current.stop(); // stopped meanwhile: the run starts interrupted and its outcome is dropped
            }
            CompletableFuture<JsonNode> settled = new CompletableFuture<>();
            Runnable disarm = timeouts.arm(tool.name(), error -> {
                if (settled.complete(error)) {
                    current.stop();
                    settle(null, null, error);
                }
            });
            invocation.run(tool.metadata().executionModel(), tool.metadata().async(), tool.invoker(), values, caller,
                    () -> authorizers.check(tool.name(), caller, tool.binder().byName(values)),
                    exchange::asyncResult, current)
                    .whenComplete((value, failure) -> {
                        disarm.run();
                        if (settled.complete(null)) {
                            settle(value, ManagedInvocation.unwrap(failure), null);
                        }
                    });
        }

        /**
         * The outcome of one run: the tool's value or failure, or (when {@code forced} is set) a result the server
         * chose (a timeout, unusable arguments).
         */
        private void settle(Object value, Throwable failure, JsonNode forced) {
            running = null;
            McpTask current = task;
            if (current == null) {
                answerRequest(value, failure, forced);
                return;
            }
            if (forced == null && failure instanceof InputRequired required && input != null) {
                park(current, required);
                return;
            }
            JsonNode result;
            try {
                if (forced != null) {
                    result = forced;
                } else {
                    StatelessToolFailures.rethrowMissingCapability(failure);
                    result = handler.outcome(tool, value, failure, null);
                }
            } catch (AuthChallengeException refusal) {
                end(current.fail(JsonRpcErrorCode.INVALID_REQUEST, "Forbidden: " + refusal.getMessage(), null),
                        AuditEvent.Outcome.DENIED);
                return;
            } catch (JsonRpcException protocolError) {
                end(current.fail(protocolError.code(), protocolError.getMessage(), protocolError.data()),
                        AuditEvent.Outcome.PROTOCOL_ERROR);
                return;
            }
            end(current.complete(result), result.path("isError").asBoolean(false) ? AuditEvent.Outcome.TOOL_ERROR
                    : AuditEvent.Outcome.SUCCESS);
        }

        /** The tool ended before its task began: the request gets what an ordinary call gets. */
        private void answerRequest(Object value, Throwable failure, JsonNode forced) {
            try {
                if (forced != null) {
                    response.complete(forced);
                } else {
                    StatelessToolFailures.rethrowMissingCapability(failure);
                    response.complete(handler.outcome(tool, value, failure, input));
                }
            } catch (RuntimeException e) {
                response.completeExceptionally(e);
            } finally {
                release();
            }
        }

        private void park(McpTask current, InputRequired required) {
            if (round + 1 >= ToolCallHandler.MAX_INPUT_ROUNDS) {
                LOG.warnf("Tool '%s' asked for client input %d times without finishing; its task is ended",
                        tool.name(), round + 1);
                end(current.complete(ToolResultEncoder.error("The tool '" + tool.name()
                        + "' asked for client input too many times.")), AuditEvent.Outcome.TOOL_ERROR);
                return;
            }
            Map<String, ObjectNode> requests;
            try {
                requests = rounds.requests(required, input);
            } catch (MissingClientCapabilityException missing) {
                JsonRpcException error = missing.toJsonRpcError();
                end(current.fail(error.code(), error.getMessage(), error.data()), AuditEvent.Outcome.PROTOCOL_ERROR);
                return;
            }
            round++;
            if (!current.park(requests, required.requestState())) {
                release();
            }
        }

        @Override
        public void resume(ObjectNode answers, String carriedState) {
            attempt(input.next(answers, carriedState));
        }

        /** Stops the tool: the task was cancelled or expired, or it could not be created. */
        @Override
        public void stop() {
            stopped = true;
            RunningInvocation current = running;
            if (current != null) {
                current.stop();
            }
            exchange.stop();
            if (task != null) {
                audit.allowed(caller, "tools/call", tool.name(), AuditEvent.Outcome.CANCELLED, start,
                        requestId.asText(), null);
                if (current == null) {
                    release(); // parked: no run will settle
                }
            }
        }

        /** The client closed the request's connection: before the task began, that cancels the call. */
        void requestCancelled() {
            if (task == null && response.completeExceptionally(
                    new JsonRpcException(JsonRpcErrorCode.INVALID_REQUEST, "The request was cancelled"))) {
                stop();
            }
        }

        private void end(boolean settled, AuditEvent.Outcome outcome) {
            if (settled) {
                audit.allowed(caller, "tools/call", tool.name(), outcome, start, requestId.asText(), null);
            }
            release();
        }

        private void release() {
            if (released.compareAndSet(false, true)) {
                exchange.finish();
                state.end();
            }
        }
    }
}
