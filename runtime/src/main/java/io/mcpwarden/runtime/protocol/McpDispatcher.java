package io.mcpwarden.runtime.protocol;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.LogLevel;
import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AccessDecision;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.ToolAccessControl;
import io.mcpwarden.runtime.completion.CompletionHandler;
import io.mcpwarden.runtime.exchange.RequestCancelledException;
import io.mcpwarden.runtime.input.InputRounds;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.prompts.PromptRequests;
import io.mcpwarden.runtime.resources.ResourceListHandler;
import io.mcpwarden.runtime.resources.ResourceReadHandler;
import io.mcpwarden.runtime.resources.ResourceSubscriptions;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.RequestStreams;
import io.mcpwarden.runtime.session.SessionChannel;
import io.mcpwarden.runtime.session.SessionStore;
import io.mcpwarden.runtime.tools.ToolCallHandler;
import io.mcpwarden.runtime.tools.ToolListHandler;
import io.mcpwarden.runtime.tracing.McpSpan;

/**
 * Routes the JSON-RPC methods of an established session to their handlers.
 */
public final class McpDispatcher {

    private final ServerIdentity identity;
    private final SessionStore sessions;
    private final ToolListHandler toolList;
    private final ToolCallHandler toolCall;
    private final ToolAccessControl access;
    private final AuditLog audit;
    private final PromptRequests prompts;
    private final ResourceListHandler resourceList;
    private final ResourceReadHandler resourceRead;
    private final CompletionHandler completions;
    private final ResourceSubscriptions subscriptions;

    public McpDispatcher(ServerIdentity identity, SessionStore sessions, ToolListHandler toolList,
            ToolCallHandler toolCall, ToolAccessControl access, AuditLog audit, PromptRequests prompts,
            ResourceListHandler resourceList, ResourceReadHandler resourceRead, CompletionHandler completions,
            ResourceSubscriptions subscriptions) {
        this.completions = completions;
        this.subscriptions = subscriptions;
        this.prompts = prompts;
        this.resourceList = resourceList;
        this.resourceRead = resourceRead;
        this.access = access;
        this.audit = audit;
        this.identity = identity;
        this.sessions = sessions;
        this.toolList = toolList;
        this.toolCall = toolCall;
    }

    /**
     * Handles a request; the stage completes with the {@code result} or with a {@link JsonRpcException}.
     *
     * @throws JsonRpcException for protocol errors found before any work starts
     */
    public CompletionStage<JsonNode> request(JsonRpcMessage request, McpSession session, Caller caller) {
        return request(request, session, caller, null, null, McpSpan.NONE);
    }

    /**
     * Handles a request as {@link #request(JsonRpcMessage, McpSession, Caller)} does; messages that a tool sends to
     * the client while it runs go on the stream {@code streams} opens for the request.
     *
     * @param streams opens the request's own stream on first use, or null to use the session's standalone stream
     * @param handle the transport's object for the request, passed to {@code streams}
     * @param span the request's span, parent of the span of a tool call
     */
    public CompletionStage<JsonNode> request(JsonRpcMessage request, McpSession session, Caller caller,
            RequestStreams streams, Object handle, McpSpan span) {
        return switch (request.method()) {
            case "ping" -> CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
            case "tools/list" -> CompletableFuture.completedFuture(
                    toolList.list(request.params(), tool -> access.visible(tool.name(), caller)));
            case "tools/call" -> traced(span.startToolCall(target(request.params(), "name")),
                    () -> audited(request, session, caller, "name",
                            () -> callTool(request, caller, session, streams, handle)));
            case "resources/subscribe" -> audited(request, session, caller, "uri",
                    () -> subscriptions.subscribe(request.params(), session, caller));
            case "resources/unsubscribe" -> subscriptions.unsubscribe(request.params(), session);
            case "completion/complete" -> audited(request, session, caller, "ref",
                    () -> completions.complete(request.params(), caller));
            case "logging/setLevel" -> CompletableFuture.completedFuture(setLevel(request.params(), session));
            case "prompts/list" -> prompts.list(request.params(), caller);
            case "prompts/get" ->
                audited(request, session, caller, "name", () -> prompts.get(request.params(), caller, session));
            case "resources/list" -> CompletableFuture.completedFuture(
                    resourceList.resources(request.params(), resource -> resourceRead.visible(resource, caller)));
            case "resources/templates/list" -> CompletableFuture.completedFuture(
                    resourceList.templates(request.params(), resource -> resourceRead.visible(resource, caller)));
            case "resources/read" -> audited(request, session, caller, "uri",
                    () -> resourceRead.read(request.params(), caller));
            case "initialize" -> throw new JsonRpcException(JsonRpcErrorCode.INVALID_REQUEST,
                    "This session is already initialized; send initialize without a session id to start a new one");
            default -> throw new JsonRpcException(JsonRpcErrorCode.METHOD_NOT_FOUND, "Method not found");
        };
    }

    private CompletionStage<JsonNode> callTool(JsonRpcMessage request, Caller caller, McpSession session,
            RequestStreams streams, Object handle) {
        ObjectNode params = request.params();
        JsonNode name = params == null ? null : params.get("name");
        if (name != null && name.isTextual()) {
            AccessDecision decision = access.decide(name.textValue(), caller);
            if (!decision.allowed()) {
                throw access.refusal(name.textValue(), caller, decision);
            }
        }
        return toolCall.call(params, caller, session, request.id(), streams, handle);
    }

    /**
     * Runs a call inside its span, which ends with the call's outcome.
     */
    private static CompletionStage<JsonNode> traced(McpSpan span, Supplier<CompletionStage<JsonNode>> call) {
        if (span == McpSpan.NONE) {
            return call.get();
        }
        CompletionStage<JsonNode> result;
        try {
            result = call.get();
        } catch (RuntimeException e) {
            span.end(null, e);
            throw e;
        }
        return result.whenComplete(span::end);
    }

    /**
     * Runs a call that reaches application code (a tool, prompt or resource method) and records one audit event for
     * it: denied (with the refusal's reason), a protocol error, a tool error ({@code isError}) or a success.
     *
     * @param targetParam the param naming what is called ({@code name}, or {@code uri} for resources)
     */
    private CompletionStage<JsonNode> audited(JsonRpcMessage request, McpSession session, Caller caller,
            String targetParam, Supplier<CompletionStage<JsonNode>> call) {
        long start = System.nanoTime();
        String target = target(request.params(), targetParam);
        String method = request.method();
        String requestId = request.id().asText();
        CompletionStage<JsonNode> result;
        try {
            result = call.get();
        } catch (AuthChallengeException refusal) {
            audit.denied(caller, method, target, refusal.reason(), start, requestId, session.id());
            throw refusal;
        } catch (RuntimeException e) {
            audit.allowed(caller, method, target, AuditEvent.Outcome.PROTOCOL_ERROR, start, requestId, session.id());
            throw e;
        }
        return result.whenComplete((value, failure) -> {
            if (unwrap(failure) instanceof AuthChallengeException refusal) {
                audit.denied(caller, method, target, refusal.reason(), start, requestId, session.id());
                return;
            }
            AuditEvent.Outcome outcome = unwrap(failure) instanceof RequestCancelledException
                    ? AuditEvent.Outcome.CANCELLED
                    : failure != null ? AuditEvent.Outcome.PROTOCOL_ERROR
                            : value.path("isError").asBoolean(false) ? AuditEvent.Outcome.TOOL_ERROR
                                    : InputRounds.INPUT_REQUIRED.equals(value.path("resultType").textValue())
                                            ? AuditEvent.Outcome.INPUT_REQUIRED
                                            : "task".equals(value.path("resultType").textValue())
                                                    ? AuditEvent.Outcome.TASK_CREATED
                                                    : AuditEvent.Outcome.SUCCESS;
            audit.allowed(caller, method, target, outcome, start, requestId, session.id());
        });
    }

    /**
     * The name of what a request targets, for the audit trail; a completion's {@code ref} gives its prompt name or
     * template URI.
     */
    private static String target(ObjectNode params, String targetParam) {
        JsonNode node = params == null ? null : params.get(targetParam);
        if (node != null && node.isObject()) {
            node = node.has("name") ? node.get("name") : node.get("uri");
        }
        return node != null && node.isTextual() ? node.textValue() : null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof java.util.concurrent.CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    /**
     * Handles a notification; unknown notifications are ignored, as JSON-RPC asks.
     */
    public void notification(JsonRpcMessage notification, McpSession session) {
        switch (notification.method()) {
            case "notifications/initialized" -> sessions.markInitialized(session);
            case "notifications/cancelled" -> {
                SessionChannel channel = session.channelIfCreated();
                if (channel != null && notification.params() != null) {
                    channel.cancel(notification.params().get("requestId"));
                }
            }
            default -> {
                // other notifications need no action
            }
        }
    }

    /**
     * Handles a client's response to a request the server sent (sampling, elicitation): it completes the awaiting
     * request of this session; answers to unknown ids are ignored.
     *
     * @param response the whole response object
     */
    public void response(ObjectNode response, McpSession session) {
        SessionChannel channel = session.channelIfCreated();
        if (channel != null) {
            channel.complete(response);
        }
    }

    private static JsonNode setLevel(ObjectNode params, McpSession session) {
        JsonNode level = params == null ? null : params.get("level");
        LogLevel parsed = level != null && level.isTextual() ? LogLevel.fromWireName(level.textValue()) : null;
        if (parsed == null) {
            throw JsonRpcException.invalidParams("logging/setLevel needs a 'level': one of debug, info, notice, "
                    + "warning, error, critical, alert, emergency");
        }
        session.channel().logLevel(parsed);
        return JsonNodeFactory.instance.objectNode();
    }

    /**
     * The {@code initialize} result for a negotiated protocol version.
     */
    public ObjectNode initializeResult(String protocolVersion) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("protocolVersion", protocolVersion);
        result.set("capabilities", capabilities(false));
        result.set("serverInfo", serverInfo());
        if (identity.instructions() != null) {
            result.put("instructions", identity.instructions());
        }
        return result;
    }

    /**
     * The server's capabilities. Tool list changes (tools added at run time) and resource subscriptions travel on the
     * session's GET stream in the session eras and on {@code subscriptions/listen} streams in the stateless era.
     * Prompts and resources are fixed at build time: their lists never change.
     */
    public ObjectNode capabilities(boolean stateless) {
        ObjectNode capabilities = JsonNodeFactory.instance.objectNode();
        capabilities.putObject("logging");
        capabilities.putObject("tools").put("listChanged", true);
        if (prompts.offersPrompts()) {
            ObjectNode promptCapability = capabilities.putObject("prompts");
            if (!stateless) {
                promptCapability.put("listChanged", false);
            }
        }
        if (resourceList.offersResources()) {
            ObjectNode resourceCapability = capabilities.putObject("resources");
            resourceCapability.put("subscribe", true);
            if (!stateless) {
                resourceCapability.put("listChanged", false);
            }
        }
        if (completions.offersCompletions()) {
            capabilities.putObject("completions");
        }
        return capabilities;
    }

    /**
     * Whether the server offers the feature a method belongs to: prompts, resources and completions exist only when
     * the application declares some; tools always do.
     */
    public boolean offers(String method) {
        if (method.startsWith("prompts/")) {
            return prompts.offersPrompts();
        }
        if (method.startsWith("resources/")) {
            return resourceList.offersResources();
        }
        if (method.startsWith("completion/")) {
            return completions.offersCompletions();
        }
        return true;
    }

    /**
     * The server's {@code Implementation} object: name, version and the optional title, website and icons.
     */
    public ObjectNode serverInfo() {
        ObjectNode serverInfo = JsonNodeFactory.instance.objectNode();
        serverInfo.put("name", identity.name());
        serverInfo.put("version", identity.version());
        if (identity.title() != null) {
            serverInfo.put("title", identity.title());
        }
        if (identity.websiteUrl() != null) {
            serverInfo.put("websiteUrl", identity.websiteUrl());
        }
        if (!identity.icons().isEmpty()) {
            var icons = serverInfo.putArray("icons");
            identity.icons().forEach(src -> icons.addObject().put("src", src));
        }
        return serverInfo;
    }

    /**
     * The instructions the server gives clients, or null.
     */
    public String instructions() {
        return identity.instructions();
    }
}
