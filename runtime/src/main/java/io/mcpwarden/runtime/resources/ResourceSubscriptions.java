package io.mcpwarden.runtime.resources;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionChannel;
import io.mcpwarden.runtime.session.SessionStore;

/**
 * Serves {@code resources/subscribe} and {@code resources/unsubscribe}, and sends
 * {@code notifications/resources/updated} to the subscribed sessions. A subscription belongs to its session (and so
 * to the identity that owns it) and needs the same access as {@code resources/read} of that URI.
 */
public final class ResourceSubscriptions {

    private static final int MAX_URI_LENGTH = 2048;

    private final ResourceCatalog catalog;
    private final ResourceReadHandler access;
    private final SessionStore sessions;

    private volatile Consumer<String> listenStreams = uri -> {
    };

    public ResourceSubscriptions(ResourceCatalog catalog, ResourceReadHandler access, SessionStore sessions) {
        this.catalog = catalog;
        this.access = access;
        this.sessions = sessions;
    }

    public CompletionStage<JsonNode> subscribe(ObjectNode params, McpSession session, Caller caller) {
        String uri = uri(params, "resources/subscribe");
        ResourceCatalog.Match match = catalog.find(uri);
        if (match == null) {
            throw new JsonRpcException(JsonRpcErrorCode.RESOURCE_NOT_FOUND, "Resource not found",
                    JsonNodeFactory.instance.objectNode().put("uri", uri));
        }
        access.checkAccess(match.resource(), caller);
        session.channel().subscribe(uri);
        return CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
    }

    public CompletionStage<JsonNode> unsubscribe(ObjectNode params, McpSession session) {
        String uri = uri(params, "resources/unsubscribe");
        SessionChannel channel = session.channelIfCreated();
        if (channel != null) {
            channel.unsubscribe(uri);
        }
        return CompletableFuture.completedFuture(JsonNodeFactory.instance.objectNode());
    }

    /**
     * Also tells the {@code subscriptions/listen} streams of the stateless era about each update.
     */
    public void alsoNotify(Consumer<String> listenStreams) {
        this.listenStreams = listenStreams;
    }

    /**
     * Sends {@code notifications/resources/updated} to every session subscribed to the URI, and to the listen streams.
     */
    public int updated(String uri) {
        listenStreams.accept(uri);
        ObjectNode notification = JsonNodeFactory.instance.objectNode();
        notification.put("jsonrpc", "2.0");
        notification.put("method", "notifications/resources/updated");
        notification.putObject("params").put("uri", uri);
        int notified = 0;
        for (McpSession session : sessions.all()) {
            SessionChannel channel = session.channelIfCreated();
            if (channel != null && channel.subscribed(uri) && channel.sendUnrelated(notification.deepCopy())) {
                notified++;
            }
        }
        return notified;
    }

    private static String uri(ObjectNode params, String method) {
        JsonNode uri = params == null ? null : params.get("uri");
        if (uri == null || !uri.isTextual()) {
            throw JsonRpcException.invalidParams(method + " needs a 'uri' string");
        }
        if (uri.textValue().length() > MAX_URI_LENGTH) {
            throw JsonRpcException.invalidParams("The 'uri' of " + method + " is longer than " + MAX_URI_LENGTH
                    + " characters");
        }
        return uri.textValue();
    }
}
