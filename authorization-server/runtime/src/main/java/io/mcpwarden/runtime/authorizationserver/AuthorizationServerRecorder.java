package io.mcpwarden.runtime.authorizationserver;

import java.sql.SQLException;
import java.util.function.Consumer;

import io.mcpwarden.runtime.authorizationserver.store.Database;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Starts the authorization server and hands its endpoint handlers to the HTTP routes.
 */
@Recorder
public class AuthorizationServerRecorder {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(AuthorizationServerRecorder.class);

    /** Forms and registration requests are small; anything larger is refused with 413. */
    private static final long MAX_BODY_SIZE = 64 * 1024;

    /** What a client is told to wait after a database outage answer. */
    private static final String DATABASE_RETRY_AFTER_SECONDS = "5";

    public void start() {
        Arc.container().instance(AuthorizationServer.class).get().start();
    }

    /**
     * Reads the request body (forms, JSON) before the handler, which runs on a worker thread: it uses the database.
     */
    public Consumer<Route> route() {
        return route -> route.handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_SIZE))
                .failureHandler(AuthorizationServerRecorder::failure);
    }

    /**
     * Like {@link #route()}, for the endpoints that browser-based clients (such as the MCP Inspector) call from their
     * own origin: token, revocation and registration. They answer CORS preflights and allow any origin; no cookie is
     * involved (clients authenticate with their secret, a code verifier or a refresh token), so this opens nothing.
     */
    public Consumer<Route> crossOriginRoute() {
        return route -> route.handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_SIZE))
                .handler(AuthorizationServerRecorder::allowCrossOrigin)
                .failureHandler(AuthorizationServerRecorder::failure);
    }

    /**
     * For the public documents (the authorization server metadata and the JWKS), which answer every origin with
     * {@code *}: answers their CORS preflight, which a browser sends when the client adds {@code MCP-Protocol-Version}
     * to its discovery request.
     */
    public Consumer<Route> publicDocumentRoute() {
        return route -> route.handler(ctx -> {
            if ("OPTIONS".equals(ctx.request().method().name())
                    && ctx.request().getHeader("Access-Control-Request-Method") != null) {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Origin", "*")
                        .putHeader("Access-Control-Allow-Methods", "GET")
                        .putHeader("Access-Control-Allow-Headers", "MCP-Protocol-Version")
                        .putHeader("Access-Control-Max-Age", "3600")
                        .end();
                return;
            }
            ctx.next();
        });
    }

    private static void allowCrossOrigin(RoutingContext ctx) {
        ctx.response().putHeader("Access-Control-Allow-Origin", "*");
        if ("OPTIONS".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(204)
                    .putHeader("Access-Control-Allow-Methods", "POST")
                    .putHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, MCP-Protocol-Version")
                    .putHeader("Access-Control-Max-Age", "3600")
                    .end();
            return;
        }
        // A browser-based client reads the wait of a 429 and the challenge of a 401.
        ctx.response().putHeader("Access-Control-Expose-Headers", "Retry-After, WWW-Authenticate");
        ctx.next();
    }

    /**
     * A failure gets a bare OAuth error; the cause goes to the log only. A database outage is {@code 503}
     * {@code temporarily_unavailable} with {@code Retry-After}: the request changed nothing (each write is one
     * transaction) and the client may simply try again. A body too large is {@code 413}; anything else {@code 500}.
     */
    private static void failure(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().putHeader("Content-Type", "application/json").putHeader("Cache-Control", "no-store");
        if (ctx.statusCode() == 413) {
            ctx.response().setStatusCode(413)
                    .end("{\"error\":\"invalid_request\",\"error_description\":\"Request body too large\"}");
            return;
        }
        if (causedByTheDatabase(ctx.failure())) {
            LOG.errorf("Authorization server database unavailable; answered %s %s with 503: %s",
                    ctx.request().method(), ctx.normalizedPath(), rootMessage(ctx.failure()));
            ctx.response().setStatusCode(503).putHeader("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .end("{\"error\":\"temporarily_unavailable\",\"error_description\":\"The authorization "
                            + "server cannot reach its database; try again shortly\"}");
            return;
        }
        LOG.error("Authorization server request failed", ctx.failure());
        ctx.response().setStatusCode(500).end("{\"error\":\"server_error\",\"error_description\":\"The "
                + "authorization server failed; try again later\"}");
    }

    private static boolean causedByTheDatabase(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof Database.StoreException || t instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /**
     * The handler of one endpoint; 404 while the authorization server is off.
     */
    public Handler<RoutingContext> handler(String path) {
        AuthorizationServer server = Arc.container().instance(AuthorizationServer.class).get();
        return ctx -> {
            var routes = server.routes();
            if (routes == null) {
                ctx.response().setStatusCode(404).end();
                return;
            }
            routes.handler(path).handle(ctx);
        };
    }
}
