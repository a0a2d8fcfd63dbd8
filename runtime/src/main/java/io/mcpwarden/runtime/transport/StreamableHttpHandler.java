package io.mcpwarden.runtime.transport;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AnonymousCaller;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.RequestAuthenticator;
import io.mcpwarden.runtime.auth.VerifiedCaller;
import io.mcpwarden.runtime.jsonrpc.JsonRpcDecoder;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.jsonrpc.JsonRpcWriter;
import io.mcpwarden.runtime.protocol.McpDispatcher;
import io.mcpwarden.runtime.protocol.ProtocolVersions;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionStore;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The MCP endpoint over Streamable HTTP (revisions 2025-06-18 and 2025-11-25): POST carries JSON-RPC messages, DELETE
 * ends a session, and every request passes the Origin check first.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports">Transports</a>
 */
public final class StreamableHttpHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(StreamableHttpHandler.class);
    private static final String SUPPORTED_VERSIONS = String.join(", ", ProtocolVersions.SUPPORTED);

    private final ObjectReader jsonReader;
    private final OriginPolicy originPolicy;
    private final SessionStore sessions;
    private final McpDispatcher dispatcher;
    private final RequestAuthenticator authenticator;
    private final AuditLog audit;
    private final HttpReplies replies;

    /**
     * @param authenticator establishes the caller of each request, or null when authentication is off
     */
    public StreamableHttpHandler(ObjectMapper mapper, OriginPolicy originPolicy, SessionStore sessions,
            McpDispatcher dispatcher, RequestAuthenticator authenticator, AuditLog audit) {
        this.authenticator = authenticator;
        this.audit = audit;
        this.jsonReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.originPolicy = originPolicy;
        this.sessions = sessions;
        this.dispatcher = dispatcher;
        this.replies = new HttpReplies(mapper);
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!originPolicy.allows(request.getHeader("Origin"))) {
            replies.error(ctx, 403, null, JsonRpcErrorCode.INVALID_REQUEST, "Forbidden: origin not allowed");
            return;
        }
        boolean post = "POST".equals(request.method().name());
        if (!post && !"DELETE".equals(request.method().name())) {
            ctx.response().putHeader("Allow", "POST, DELETE");
            replies.error(ctx, 405, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Method not allowed: this endpoint accepts POST and DELETE");
            return;
        }
        if (authenticator == null) {
            route(ctx, post, AnonymousCaller.INSTANCE);
            return;
        }
        long start = System.nanoTime();
        authenticator.authenticate(ctx).whenComplete((caller, failure) -> {
            if (failure == null) {
                route(ctx, post, caller);
            } else if (unwrap(failure) instanceof AuthChallengeException refusal) {
                audit.denied(null, null, null, refusal.reason(), start, null,
                        request.getHeader(McpHeaders.SESSION_ID));
                replies.refusal(ctx, null, refusal);
            } else {
                LOG.error("Unexpected failure while authenticating an MCP request", failure);
                replies.error(ctx, 500, null, JsonRpcErrorCode.INTERNAL_ERROR, "Internal error");
            }
        });
    }

    private void route(RoutingContext ctx, boolean post, Caller caller) {
        if (post) {
            post(ctx, caller);
        } else {
            delete(ctx, caller);
        }
    }

    private void post(RoutingContext ctx, Caller caller) {
        HttpServerRequest request = ctx.request();
        ResponseFormat format = ResponseFormat.fromAccept(request.getHeader("Accept"));
        if (format == ResponseFormat.NOT_ACCEPTABLE) {
            replies.error(ctx, 406, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Not acceptable: the Accept header must allow application/json or text/event-stream");
            return;
        }
        String contentType = request.getHeader("Content-Type");
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            replies.error(ctx, 415, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Unsupported media type: the body must be application/json");
            return;
        }
        JsonRpcMessage message;
        try {
            message = JsonRpcDecoder.decode(parse(ctx.body().buffer()));
        } catch (MalformedJsonException e) {
            replies.error(ctx, 400, null, JsonRpcErrorCode.PARSE_ERROR, "Parse error: the body is not valid JSON");
            return;
        } catch (JsonRpcDecoder.InvalidMessageException e) {
            replies.error(ctx, 400, e.id(), JsonRpcErrorCode.INVALID_REQUEST, "Invalid request: " + e.getMessage());
            return;
        }
        if ("initialize".equals(message.method()) && request.getHeader(McpHeaders.SESSION_ID) == null) {
            initialize(ctx, message, format, caller);
            return;
        }
        McpSession session = requireSession(ctx, message.id(), caller);
        if (session == null || !checkProtocolVersion(ctx, session, message.id())) {
            return;
        }
        switch (message.kind()) {
            case NOTIFICATION -> {
                dispatcher.notification(message, session);
                replies.accepted(ctx);
            }
            case RESPONSE -> replies.accepted(ctx);
            case REQUEST -> request(ctx, message, session, format, caller);
        }
    }

    private void initialize(RoutingContext ctx, JsonRpcMessage message, ResponseFormat format, Caller caller) {
        if (!message.isRequest()) {
            replies.error(ctx, 400, null, JsonRpcErrorCode.INVALID_REQUEST, "Invalid request: initialize needs an id");
            return;
        }
        ObjectNode params = message.params();
        JsonNode requested = params == null ? null : params.get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            replies.message(ctx, 200, JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INVALID_PARAMS,
                    "initialize needs a 'protocolVersion' string"), format);
            return;
        }
        String version = ProtocolVersions.negotiate(requested.textValue());
        McpSession session = sessions.create(version, params.get("clientInfo"), params.get("capabilities"),
                ownerOf(caller));
        ctx.response().putHeader(McpHeaders.SESSION_ID, session.id());
        replies.message(ctx, 200, JsonRpcWriter.result(message.id(), dispatcher.initializeResult(version)), format);
    }

    private void request(RoutingContext ctx, JsonRpcMessage message, McpSession session, ResponseFormat format,
            Caller caller) {
        CompletionStage<JsonNode> result;
        try {
            result = dispatcher.request(message, session, caller);
        } catch (RuntimeException e) {
            replyFailure(ctx, message, e, format);
            return;
        }
        result.whenComplete((value, failure) -> {
            if (failure != null) {
                replyFailure(ctx, message, failure, format);
            } else {
                replies.message(ctx, 200, JsonRpcWriter.result(message.id(), value), format);
            }
        });
    }

    private void replyFailure(RoutingContext ctx, JsonRpcMessage message, Throwable failure, ResponseFormat format) {
        Throwable cause = unwrap(failure);
        if (cause instanceof AuthChallengeException refusal) {
            replies.refusal(ctx, message.id(), refusal);
        } else if (cause instanceof JsonRpcException error) {
            replies.message(ctx, 200, JsonRpcWriter.error(message.id(), error.code(), error.getMessage(), error.data()),
                    format);
        } else {
            LOG.errorf(failure, "Unexpected failure while handling MCP method %s", message.method());
            replies.message(ctx, 200,
                    JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INTERNAL_ERROR, "Internal error"), format);
        }
    }

    private void delete(RoutingContext ctx, Caller caller) {
        String sessionId = ctx.request().getHeader(McpHeaders.SESSION_ID);
        if (sessionId == null) {
            replies.error(ctx, 400, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Bad request: the Mcp-Session-Id header is required");
        } else if (!sessions.terminate(sessionId, ownerOf(caller))) {
            replies.error(ctx, 404, null, JsonRpcErrorCode.SESSION_NOT_FOUND, "Session not found");
        } else {
            ctx.response().setStatusCode(204).end();
        }
    }

    private McpSession requireSession(RoutingContext ctx, JsonNode id, Caller caller) {
        String sessionId = ctx.request().getHeader(McpHeaders.SESSION_ID);
        if (sessionId == null) {
            replies.error(ctx, 400, id, JsonRpcErrorCode.INVALID_REQUEST,
                    "Bad request: the Mcp-Session-Id header is required; call initialize first");
            return null;
        }
        McpSession session = sessions.find(sessionId, ownerOf(caller));
        if (session == null) {
            replies.error(ctx, 404, id, JsonRpcErrorCode.SESSION_NOT_FOUND, "Session not found");
        }
        return session;
    }

    private boolean checkProtocolVersion(RoutingContext ctx, McpSession session, JsonNode id) {
        String header = ctx.request().getHeader(McpHeaders.PROTOCOL_VERSION);
        if (header == null || header.equals(session.protocolVersion())) {
            return true;
        }
        if (!ProtocolVersions.isSupported(header)) {
            replies.error(ctx, 400, id, JsonRpcErrorCode.INVALID_REQUEST,
                    "Bad request: unsupported MCP-Protocol-Version; supported versions: " + SUPPORTED_VERSIONS);
        } else {
            replies.error(ctx, 400, id, JsonRpcErrorCode.INVALID_REQUEST,
                    "Bad request: MCP-Protocol-Version differs from the version negotiated for this session");
        }
        return false;
    }

    private static String ownerOf(Caller caller) {
        return caller instanceof VerifiedCaller verified ? verified.sessionOwner() : "anonymous";
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while (current instanceof java.util.concurrent.CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private JsonNode parse(Buffer body) {
        if (body == null || body.length() == 0) {
            throw new MalformedJsonException();
        }
        try {
            JsonNode value = jsonReader.readTree(body.getBytes());
            if (value == null || value.isMissingNode()) {
                throw new MalformedJsonException();
            }
            return value;
        } catch (IOException e) {
            throw new MalformedJsonException();
        }
    }

    private static final class MalformedJsonException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MalformedJsonException() {
            super(null, null, false, false);
        }
    }
}
