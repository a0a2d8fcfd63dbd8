package io.mcpwarden.runtime.transport;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.audit.AuditLog;
import io.mcpwarden.runtime.auth.AnonymousCaller;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.auth.RequestAuthenticator;
import io.mcpwarden.runtime.auth.VerifiedCaller;
import io.mcpwarden.runtime.exchange.RequestCancelledException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcDecoder;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.jsonrpc.JsonRpcWriter;
import io.mcpwarden.runtime.limits.CallerRateLimits;
import io.mcpwarden.runtime.protocol.McpDispatcher;
import io.mcpwarden.runtime.protocol.ProtocolVersions;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.Outbound;
import io.mcpwarden.runtime.session.RequestStreams;
import io.mcpwarden.runtime.session.SessionLimitException;
import io.mcpwarden.runtime.session.SessionStore;
import io.mcpwarden.runtime.stateless.RequestMeta;
import io.mcpwarden.runtime.stateless.StatelessDispatcher;
import io.mcpwarden.runtime.subscriptions.ListenStreams;
import io.mcpwarden.runtime.tasks.TaskRequests;
import io.mcpwarden.runtime.tools.RegisteredTool;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.mcpwarden.runtime.tracing.McpSpan;
import io.mcpwarden.runtime.tracing.McpTracing;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The MCP endpoint over Streamable HTTP, for the session era (revisions 2025-06-18 and 2025-11-25) and the stateless
 * era (2026-07-28) alike: POST carries JSON-RPC messages (a request is answered with JSON, or with an SSE stream when
 * its tool sends messages before its result), GET opens or resumes a session's SSE stream, DELETE ends a session, and
 * every request passes the Origin check (and gets its CORS headers) and authentication first, and each JSON-RPC
 * request the caller's rate limits. A stateless POST carries no session id: its
 * {@code _meta} and headers are validated, and it runs with state that lives as long as the request.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports">Transports</a>
 */
public final class StreamableHttpHandler implements Handler<RoutingContext>, RequestStreams {

    private static final String REQUEST_STREAM = "io.mcpwarden.request-stream";
    /** Marks the exchange of a stateless-era request: its errors get the HTTP status 2026-07-28 gives them. */
    private static final String STATELESS = "io.mcpwarden.stateless";
    /** The trace context the exchange arrived in (the HTTP server span), when tracing is on. */
    private static final String TRACE_PARENT = "io.mcpwarden.trace-parent";

    private static final Logger LOG = Logger.getLogger(StreamableHttpHandler.class);
    private static final String SUPPORTED_VERSIONS = String.join(", ", ProtocolVersions.SUPPORTED);
    private static final String ALL_VERSIONS = String.join(", ", ProtocolVersions.ALL);

    private final ObjectReader jsonReader;
    private final OriginPolicy originPolicy;
    private final SessionStore sessions;
    private final McpDispatcher dispatcher;
    private final RequestAuthenticator authenticator;
    private final AuditLog audit;
    private final HttpReplies replies;
    private final ObjectMapper mapper;
    private final StreamSettings streamSettings;
    private final StatelessDispatcher statelessDispatcher;
    private final CorsPolicy cors;
    private final RequestLimits limits;
    private final McpTracing tracing;
    private final ToolCatalog tools;

    /**
     * @param authenticator establishes the caller of each request, or null when authentication is off
     * @param rateLimits the per-client and per-subject limits, or null when none is configured
     * @param tracing the spans of requests, {@link McpTracing#NONE} without OpenTelemetry
     */
    public StreamableHttpHandler(ObjectMapper mapper, OriginPolicy originPolicy, SessionStore sessions,
            McpDispatcher dispatcher, RequestAuthenticator authenticator, AuditLog audit,
            StreamSettings streamSettings, CorsPolicy cors, CallerRateLimits rateLimits, McpTracing tracing,
            ToolCatalog tools, TaskRequests tasks, ListenStreams listenStreams) {
        this.mapper = mapper;
        this.tools = tools;
        this.tracing = tracing;
        this.streamSettings = streamSettings;
        this.authenticator = authenticator;
        this.audit = audit;
        this.jsonReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        this.originPolicy = originPolicy;
        this.sessions = sessions;
        this.dispatcher = dispatcher;
        this.statelessDispatcher = new StatelessDispatcher(dispatcher, tasks, listenStreams);
        this.replies = new HttpReplies(mapper);
        this.cors = cors;
        this.limits = new RequestLimits(rateLimits, audit, replies);
    }

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        Object traceParent = tracing.currentContext();
        if (traceParent != null) {
            // Authentication may complete on another thread: keep the HTTP server span to parent the request's span.
            ctx.put(TRACE_PARENT, traceParent);
        }
        String origin = request.getHeader("Origin");
        if (!originPolicy.allows(origin)) {
            replies.error(ctx, 403, null, JsonRpcErrorCode.INVALID_REQUEST, "Forbidden: origin not allowed");
            return;
        }
        if (cors.endpoint(ctx, origin)) {
            return; // a preflight: answered before authentication, as browsers send no token with it
        }
        String method = request.method().name();
        if (!"POST".equals(method) && !"GET".equals(method) && !"DELETE".equals(method)) {
            ctx.response().putHeader("Allow", "GET, POST, DELETE");
            replies.error(ctx, 405, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Method not allowed: this endpoint accepts GET, POST and DELETE");
            return;
        }
        if (authenticator == null) {
            route(ctx, method, AnonymousCaller.INSTANCE);
            return;
        }
        long start = System.nanoTime();
        authenticator.authenticate(ctx).whenComplete((caller, failure) -> {
            if (failure == null) {
                route(ctx, method, caller);
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

    private void route(RoutingContext ctx, String method, Caller caller) {
        if (!"POST".equals(method) && ctx.request().getHeader(McpHeaders.SESSION_ID) == null
                && ProtocolVersions.isStateless(ctx.request().getHeader(McpHeaders.PROTOCOL_VERSION))) {
            // 2026-07-28 has no GET stream and no session to delete.
            ctx.response().putHeader("Allow", "POST");
            replies.error(ctx, 405, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Method not allowed: protocol revision 2026-07-28 accepts only POST");
            return;
        }
        switch (method) {
            case "POST" -> post(ctx, caller);
            case "GET" -> get(ctx, caller);
            default -> delete(ctx, caller);
        }
    }

    /**
     * GET opens the session's standalone SSE stream (one connected at a time), or with {@code Last-Event-ID}
     * resumes the stream that event belongs to.
     */
    private void get(RoutingContext ctx, Caller caller) {
        String accept = ctx.request().getHeader("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/event-stream")) {
            replies.error(ctx, 406, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Not acceptable: a GET on this endpoint opens an SSE stream; the Accept header must allow "
                            + "text/event-stream");
            return;
        }
        McpSession session = requireSession(ctx, null, caller);
        if (session == null || !checkProtocolVersion(ctx, session, null)) {
            return;
        }
        SessionStreams streams = streamsOf(session);
        String lastEventId = ctx.request().getHeader("Last-Event-ID");
        if (lastEventId != null) {
            if (!streams.resume(lastEventId.trim(), ctx.response())) {
                replies.error(ctx, 400, null, JsonRpcErrorCode.INVALID_REQUEST,
                        "Bad request: the Last-Event-ID names no stream of this session that can be resumed");
            }
        } else if (streams.openStandalone(ctx.response()) == null) {
            replies.error(ctx, 409, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Conflict: this session already has an open GET stream");
        }
    }

    private SessionStreams streamsOf(McpSession session) {
        var channel = session.channel();
        StreamSettings settings = session.stateless() ? streamSettings.withoutPolling() : streamSettings;
        return channel.transportState(() -> new SessionStreams(settings, mapper, channel));
    }

    /**
     * Whether the client accepts an SSE response to this request ({@code Accept} names {@code text/event-stream}).
     */
    @Override
    public boolean acceptsStream(Object handle) {
        String accept = ((RoutingContext) handle).request().getHeader("Accept");
        return accept != null && accept.toLowerCase(Locale.ROOT).contains("text/event-stream");
    }

    /**
     * Turns the response of a POSTed request into an SSE stream, the first time its tool sends a message to the
     * client; a client that does not accept SSE gets those messages on the session's GET stream instead.
     */
    @Override
    public Outbound open(Object handle, McpSession session) {
        RoutingContext ctx = (RoutingContext) handle;
        String accept = ctx.request().getHeader("Accept");
        if (accept == null || !accept.toLowerCase(Locale.ROOT).contains("text/event-stream")
                || ctx.response().ended() || ctx.response().closed()) {
            var channel = session.channel();
            return channel::sendUnrelated;
        }
        SseStream stream = streamsOf(session).openRequestStream(ctx.response());
        if (session.stateless()) {
            // Closing the response stream is the cancellation of a stateless request.
            stream.onDisconnect(() -> sessions.release(session));
        }
        ctx.put(REQUEST_STREAM, stream);
        return stream;
    }

    private void post(RoutingContext ctx, Caller caller) {
        long start = System.nanoTime();
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
        if (!limits.admit(ctx, message, caller, start)) {
            return;
        }
        if (StatelessHeaders.stateless(request, message)) {
            stateless(ctx, message, format, caller);
            return;
        }
        if ("initialize".equals(message.method()) && request.getHeader(McpHeaders.SESSION_ID) == null) {
            initialize(ctx, message, format, caller, start);
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
            case RESPONSE -> {
                dispatcher.response(message.params(), session);
                replies.accepted(ctx);
            }
            case REQUEST -> request(ctx, message, format, session.protocolVersion(), caller,
                    span -> dispatcher.request(message, session, caller, this, ctx, span));
        }
    }

    /**
     * A POST of the stateless era: the metadata in {@code _meta} and the headers that mirror the body are checked
     * (in the order the 2026-07-28 revision gives their errors), then the request runs with state built from its
     * {@code _meta} that ends with its response. Notifications are accepted and need nothing; responses have no
     * server request to answer.
     */
    private void stateless(RoutingContext ctx, JsonRpcMessage message, ResponseFormat format, Caller caller) {
        if (message.kind() == JsonRpcMessage.Kind.NOTIFICATION) {
            replies.accepted(ctx);
            return;
        }
        if (message.kind() == JsonRpcMessage.Kind.RESPONSE) {
            replies.error(ctx, 400, null, JsonRpcErrorCode.INVALID_REQUEST,
                    "Invalid request: protocol revision 2026-07-28 has no server-to-client requests to answer");
            return;
        }
        HttpServerRequest request = ctx.request();
        RequestMeta meta;
        try {
            meta = RequestMeta.parse(message.params());
        } catch (JsonRpcException e) {
            replies.error(ctx, 400, message.id(), e.code(), e.getMessage());
            return;
        }
        String mismatch = StatelessHeaders.versionMismatch(request, meta.protocolVersion());
        if (mismatch != null) {
            replies.error(ctx, 400, message.id(), JsonRpcErrorCode.HEADER_MISMATCH, mismatch);
            return;
        }
        if (!ProtocolVersions.isStateless(meta.protocolVersion())) {
            replies.message(ctx, 400, JsonRpcWriter.error(message.id(), JsonRpcErrorCode.UNSUPPORTED_PROTOCOL_VERSION,
                    "Unsupported protocol version; supported versions: " + ALL_VERSIONS
                            + " (the session-era versions start with initialize)",
                    unsupportedVersionData(meta.protocolVersion())), ResponseFormat.JSON);
            return;
        }
        mismatch = StatelessHeaders.routingMismatch(request, message);
        if (mismatch == null && "tools/call".equals(message.method()) && message.params() != null
                && message.params().get("name") instanceof TextNode name) {
            RegisteredTool tool = tools.find(name.textValue());
            if (tool != null && !tool.paramHeaders().isEmpty()) {
                mismatch = StatelessHeaders.paramMismatch(request, message, tool.paramHeaders());
            }
        }
        if (mismatch != null) {
            replies.error(ctx, 400, message.id(), JsonRpcErrorCode.HEADER_MISMATCH, mismatch);
            return;
        }
        McpSession state = sessions.stateless(meta.protocolVersion(), meta.clientInfo(), meta.clientCapabilities(),
                ownerOf(caller));
        if (meta.logLevel() != null) {
            state.channel().logLevel(meta.logLevel());
        }
        ctx.put(STATELESS, Boolean.TRUE);
        // The state ends with the response, or when the client closes the connection first: that cancels the
        // request (2026-07-28 has no notifications/cancelled over HTTP).
        ctx.addEndHandler(done -> sessions.release(state));
        request(ctx, message, format, meta.protocolVersion(), caller,
                span -> statelessDispatcher.request(message, state, caller, this, ctx, span));
    }

    private ObjectNode unsupportedVersionData(String requested) {
        ObjectNode data = mapper.createObjectNode();
        var supported = data.putArray("supported");
        ProtocolVersions.ALL.forEach(supported::add);
        data.put("requested", requested);
        return data;
    }

    private void initialize(RoutingContext ctx, JsonRpcMessage message, ResponseFormat format, Caller caller,
            long start) {
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
        McpSpan span = tracing.startRequest(ctx.get(TRACE_PARENT), message, version, caller);
        McpSession session;
        try {
            session = sessions.create(version, params.get("clientInfo"), params.get("capabilities"), ownerOf(caller));
        } catch (SessionLimitException full) {
            span.end(null, full);
            limits.sessionLimit(ctx, message, caller, start, full);
            return;
        }
        ctx.response().putHeader(McpHeaders.SESSION_ID, session.id());
        ObjectNode result = dispatcher.initializeResult(version);
        span.end(result, null);
        replies.message(ctx, 200, JsonRpcWriter.result(message.id(), result), format);
    }

    /**
     * Serves a request inside its span, which ends (with the request's outcome) just before the response is written.
     */
    private void request(RoutingContext ctx, JsonRpcMessage message, ResponseFormat format, String protocolVersion,
            Caller caller, Function<McpSpan, CompletionStage<JsonNode>> dispatch) {
        McpSpan span = tracing.startRequest(ctx.get(TRACE_PARENT), message, protocolVersion, caller);
        CompletionStage<JsonNode> result;
        try {
            result = dispatch.apply(span);
        } catch (RuntimeException e) {
            span.end(null, e);
            replyFailure(ctx, message, e, format);
            return;
        }
        result.whenComplete((value, failure) -> {
            span.end(value, failure);
            if (failure != null) {
                replyFailure(ctx, message, failure, format);
            } else {
                reply(ctx, 200, JsonRpcWriter.result(message.id(), value), format);
            }
        });
    }

    /**
     * Writes the response as JSON, or as the last event of the request's SSE stream when the tool opened one.
     */
    private void reply(RoutingContext ctx, int status, ObjectNode response, ResponseFormat format) {
        SseStream stream = ctx.get(REQUEST_STREAM);
        if (stream != null) {
            stream.finish(response);
        } else {
            replies.message(ctx, status, response, format);
        }
    }

    /**
     * The HTTP status of a JSON-RPC error: 200 in the session era; in the stateless era, 404 for an unknown method
     * and 400 for the errors 2026-07-28 defines for requests the server cannot take.
     */
    private static int errorStatus(RoutingContext ctx, int code) {
        if (ctx.get(STATELESS) == null) {
            return 200;
        }
        return switch (code) {
            case JsonRpcErrorCode.METHOD_NOT_FOUND -> 404;
            case JsonRpcErrorCode.HEADER_MISMATCH, JsonRpcErrorCode.MISSING_REQUIRED_CLIENT_CAPABILITY,
                    JsonRpcErrorCode.UNSUPPORTED_PROTOCOL_VERSION ->
                400;
            default -> 200;
        };
    }

    private void replyFailure(RoutingContext ctx, JsonRpcMessage message, Throwable failure, ResponseFormat format) {
        Throwable cause = unwrap(failure);
        if (cause instanceof RequestCancelledException) {
            // A cancelled request gets no JSON-RPC response; its HTTP exchange just ends.
            SseStream stream = ctx.get(REQUEST_STREAM);
            if (stream != null) {
                stream.abandon();
            } else {
                replies.accepted(ctx);
            }
        } else if (cause instanceof AuthChallengeException refusal && ctx.get(REQUEST_STREAM) == null) {
            replies.refusal(ctx, message.id(), refusal);
        } else if (cause instanceof JsonRpcException error) {
            reply(ctx, errorStatus(ctx, error.code()),
                    JsonRpcWriter.error(message.id(), error.code(), error.getMessage(), error.data()), format);
        } else if (cause instanceof AuthChallengeException refusal) {
            reply(ctx, 200, JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INVALID_REQUEST, refusal.getMessage()),
                    format);
        } else {
            LOG.errorf(failure, "Unexpected failure while handling MCP method %s", message.method());
            reply(ctx, errorStatus(ctx, JsonRpcErrorCode.INTERNAL_ERROR),
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
        return caller instanceof VerifiedCaller verified ? verified.sessionOwner() : SessionStore.ANONYMOUS;
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
