package io.mcpwarden.runtime.protocol;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AccessDecision;
import io.mcpwarden.runtime.auth.ToolAccessControl;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionStore;
import io.mcpwarden.runtime.tools.ToolCallHandler;
import io.mcpwarden.runtime.tools.ToolListHandler;

/**
 * Routes the JSON-RPC methods of an established session to their handlers.
 */
public final class McpDispatcher {

    private final ServerIdentity identity;
    private final SessionStore sessions;
    private final ToolListHandler toolList;
    private final ToolCallHandler toolCall;
    private final ToolAccessControl access;

    public McpDispatcher(ServerIdentity identity, SessionStore sessions, ToolListHandler toolList,
            ToolCallHandler toolCall, ToolAccessControl access) {
        this.access = access;
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
        return switch (request.method()) {
            case "ping" -> CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
            case "tools/list" -> CompletableFuture.completedFuture(
                    toolList.list(request.params(), tool -> access.visible(tool.name(), caller)));
            case "tools/call" -> callTool(request.params(), caller);
            case "initialize" -> throw new JsonRpcException(JsonRpcErrorCode.INVALID_REQUEST,
                    "This session is already initialized; send initialize without a session id to start a new one");
            default -> throw new JsonRpcException(JsonRpcErrorCode.METHOD_NOT_FOUND, "Method not found");
        };
    }

    private CompletionStage<JsonNode> callTool(ObjectNode params, Caller caller) {
        JsonNode name = params == null ? null : params.get("name");
        if (name != null && name.isTextual()) {
            AccessDecision decision = access.decide(name.textValue(), caller);
            if (!decision.allowed()) {
                throw access.refusal(name.textValue(), caller, decision);
            }
        }
        return toolCall.call(params, caller);
    }

    /**
     * Handles a notification; unknown notifications are ignored, as JSON-RPC asks.
     */
    public void notification(JsonRpcMessage notification, McpSession session) {
        if ("notifications/initialized".equals(notification.method())) {
            sessions.markInitialized(session);
        }
    }

    /**
     * The {@code initialize} result for a negotiated protocol version.
     */
    public ObjectNode initializeResult(String protocolVersion) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("protocolVersion", protocolVersion);
        ObjectNode capabilities = result.putObject("capabilities");
        capabilities.putObject("tools").put("listChanged", false);
        ObjectNode serverInfo = result.putObject("serverInfo");
        serverInfo.put("name", identity.name());
        serverInfo.put("version", identity.version());
        if (identity.title() != null) {
            serverInfo.put("title", identity.title());
        }
        if (identity.instructions() != null) {
            result.put("instructions", identity.instructions());
        }
        return result;
    }
}
