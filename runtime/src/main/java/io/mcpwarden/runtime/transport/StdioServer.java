package io.mcpwarden.runtime.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AuthChallengeException;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcDecoder;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.jsonrpc.JsonRpcWriter;
import io.mcpwarden.runtime.protocol.McpDispatcher;
import io.mcpwarden.runtime.protocol.ProtocolVersions;
import io.mcpwarden.runtime.session.McpSession;
import io.mcpwarden.runtime.session.SessionStore;
import io.vertx.core.Context;
import io.vertx.core.Vertx;

/**
 * The MCP stdio transport: one JSON-RPC message per line on standard input, one per line on standard output, and
 * nothing else on standard output. The process is one session; its caller is fixed for the whole run. End of input
 * ends the server once the requests in flight are answered.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#stdio">stdio transport</a>
 */
public final class StdioServer {

    private static final Logger LOG = Logger.getLogger(StdioServer.class);
    private static final long DRAIN_TIMEOUT_SECONDS = 30;

    private final ObjectReader jsonReader;
    private final ObjectWriter jsonWriter;
    private final McpDispatcher dispatcher;
    private final Caller caller;
    private final Vertx vertx;
    private final SessionStore sessions = new SessionStore(Long.MAX_VALUE);
    private final InFlight inFlight = new InFlight();
    private OutputStream out;
    private volatile McpSession session;

    public StdioServer(ObjectMapper mapper, McpDispatcher dispatcher, Caller caller, Vertx vertx) {
        this.jsonReader = mapper.reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        // One message per line: never indent.
        this.jsonWriter = mapper.writer().without(SerializationFeature.INDENT_OUTPUT);
        this.dispatcher = dispatcher;
        this.caller = caller;
        this.vertx = vertx;
    }

    /**
     * Serves {@code in} and {@code out} on a thread of its own until {@code in} ends, then runs {@code onEnd}.
     */
    public void start(InputStream in, OutputStream out, Runnable onEnd) {
        this.out = out;
        Thread reader = new Thread(() -> {
            serve(in);
            inFlight.awaitNone(DRAIN_TIMEOUT_SECONDS);
            onEnd.run();
        }, "mcp-warden-stdio");
        reader.setDaemon(true);
        reader.start();
    }

    private void serve(InputStream in) {
        // Messages run on an event-loop context, as they do over HTTP: tools declared non-blocking run there, the
        // others are moved to worker or virtual threads by ManagedInvocation.
        Context context = vertx.getOrCreateContext();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String message = line;
                inFlight.begin();
                context.runOnContext(ignored -> {
                    try {
                        handle(message);
                    } finally {
                        inFlight.end();
                    }
                });
            }
        } catch (IOException e) {
            LOG.debugf(e, "Standard input failed; the stdio server stops");
        }
    }

    private void handle(String line) {
        JsonRpcMessage message;
        try {
            JsonNode value = jsonReader.readTree(line);
            message = JsonRpcDecoder.decode(value);
        } catch (IOException e) {
            write(JsonRpcWriter.error(null, JsonRpcErrorCode.PARSE_ERROR, "Parse error: the line is not valid JSON"));
            return;
        } catch (JsonRpcDecoder.InvalidMessageException e) {
            write(JsonRpcWriter.error(e.id(), JsonRpcErrorCode.INVALID_REQUEST, "Invalid request: " + e.getMessage()));
            return;
        }
        switch (message.kind()) {
            case NOTIFICATION -> {
                if (session != null) {
                    dispatcher.notification(message, session);
                }
            }
            case RESPONSE -> {
                // No server-to-client request is outstanding over stdio yet: nothing waits for a response.
            }
            case REQUEST -> request(message);
        }
    }

    private void request(JsonRpcMessage message) {
        if ("initialize".equals(message.method()) && session == null) {
            initialize(message);
            return;
        }
        if (session == null) {
            write(JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INVALID_REQUEST,
                    "Invalid request: send initialize first"));
            return;
        }
        inFlight.begin();
        CompletionStage<JsonNode> result;
        try {
            result = dispatcher.request(message, session, caller);
        } catch (RuntimeException e) {
            replyFailure(message, e);
            inFlight.end();
            return;
        }
        result.whenComplete((value, failure) -> {
            try {
                if (failure != null) {
                    replyFailure(message, failure);
                } else {
                    write(JsonRpcWriter.result(message.id(), value));
                }
            } finally {
                inFlight.end();
            }
        });
    }

    private void initialize(JsonRpcMessage message) {
        ObjectNode params = message.params();
        JsonNode requested = params == null ? null : params.get("protocolVersion");
        if (requested == null || !requested.isTextual()) {
            write(JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INVALID_PARAMS,
                    "initialize needs a 'protocolVersion' string"));
            return;
        }
        String version = ProtocolVersions.negotiate(requested.textValue());
        session = sessions.create(version, params.get("clientInfo"), params.get("capabilities"), "stdio");
        write(JsonRpcWriter.result(message.id(), dispatcher.initializeResult(version)));
    }

    private void replyFailure(JsonRpcMessage message, Throwable failure) {
        Throwable cause = ManagedInvocation.unwrap(failure);
        if (cause instanceof AuthChallengeException refusal) {
            write(JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INVALID_REQUEST, refusalMessage(refusal)));
        } else if (cause instanceof JsonRpcException error) {
            write(JsonRpcWriter.error(message.id(), error.code(), error.getMessage(), error.data()));
        } else {
            LOG.errorf(failure, "Unexpected failure while handling MCP method %s", message.method());
            write(JsonRpcWriter.error(message.id(), JsonRpcErrorCode.INTERNAL_ERROR, "Internal error"));
        }
    }

    /**
     * The HTTP refusals speak of tokens and challenges; over stdio the caller is the local user and the remedy is the
     * server's configuration.
     */
    private static String refusalMessage(AuthChallengeException refusal) {
        return switch (refusal.reason()) {
            case "insufficient_scope" -> "Forbidden: this tool needs scopes that this stdio server does not grant"
                    + " (quarkus.warden.stdio.scopes)";
            case "insufficient_user_authentication" ->
                "Forbidden: this tool needs a stronger login, which a stdio server cannot provide";
            default -> "Forbidden: the local caller may not call this tool";
        };
    }

    private void write(JsonNode message) {
        byte[] bytes;
        try {
            bytes = jsonWriter.writeValueAsBytes(message);
        } catch (IOException e) {
            LOG.error("Could not serialize an MCP response", e);
            bytes = "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32603,\"message\":\"Internal error\"}}"
                    .getBytes(StandardCharsets.UTF_8);
        }
        synchronized (this) {
            try {
                out.write(bytes);
                out.write('\n');
                out.flush();
            } catch (IOException e) {
                LOG.debugf(e, "Standard output is closed; a response is lost");
            }
        }
    }

    /**
     * Counts the messages and requests not answered yet, so that end of input waits for them.
     */
    private static final class InFlight {

        private int count;

        synchronized void begin() {
            count++;
        }

        synchronized void end() {
            count--;
            if (count == 0) {
                notifyAll();
            }
        }

        synchronized void awaitNone(long timeoutSeconds) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
            try {
                while (count > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        LOG.warnf("Stopping with %d MCP requests still unanswered", count);
                        return;
                    }
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
