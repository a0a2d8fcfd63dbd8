package io.mcpwarden.runtime.transport;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes HTTP responses of the MCP endpoint: JSON-RPC messages as JSON or as one SSE event, and transport errors as
 * a status code with a JSON-RPC error body.
 */
final class HttpReplies {

    private static final Logger LOG = Logger.getLogger(HttpReplies.class);

    private final ObjectMapper mapper;

    HttpReplies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    void message(RoutingContext ctx, int status, JsonNode message, ResponseFormat format) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        byte[] json;
        try {
            json = mapper.writeValueAsBytes(message);
        } catch (JsonProcessingException e) {
            LOG.error("Could not serialize an MCP response", e);
            json = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}"
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            status = 500;
            format = ResponseFormat.JSON;
        }
        response.setStatusCode(status);
        if (format == ResponseFormat.SSE) {
            response.putHeader("Content-Type", "text/event-stream");
            response.putHeader("Cache-Control", "no-cache");
            Buffer event = Buffer.buffer(json.length + 24).appendString("event: message\ndata: ").appendBytes(json)
                    .appendString("\n\n");
            response.end(event);
        } else {
            response.putHeader("Content-Type", "application/json");
            response.end(Buffer.buffer(json));
        }
    }

    /**
     * A transport-level failure: the status code plus a JSON-RPC error with a safe message.
     */
    void error(RoutingContext ctx, int status, JsonNode id, int code, String message) {
        message(ctx, status, JsonRpcWriter.error(id, code, message), ResponseFormat.JSON);
    }

    /**
     * An authentication or authorization refusal: its status, its {@code WWW-Authenticate} challenge, and a JSON-RPC
     * error body.
     */
    void refusal(RoutingContext ctx, JsonNode id, AuthChallengeException refusal) {
        if (refusal.wwwAuthenticate() != null) {
            ctx.response().putHeader("WWW-Authenticate", refusal.wwwAuthenticate());
        }
        error(ctx, refusal.status(), id, io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode.INVALID_REQUEST,
                refusal.getMessage());
    }

    /**
     * A refusal for too many requests: 429, {@code Retry-After} in whole seconds, and a JSON-RPC error that says
     * the same (MCP SDKs put the body of a failed POST in the error the model sees).
     */
    void tooManyRequests(RoutingContext ctx, JsonNode id, long retryAfterSeconds, String message) {
        ctx.response().putHeader("Retry-After", Long.toString(retryAfterSeconds));
        var data = mapper.createObjectNode().put("retryAfterSeconds", retryAfterSeconds);
        message(ctx, 429, JsonRpcWriter.error(id, io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode.TOO_MANY_REQUESTS,
                message, data), ResponseFormat.JSON);
    }

    void accepted(RoutingContext ctx) {
        ctx.response().setStatusCode(202).end();
    }
}
