package io.mcpwarden.runtime.transport;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * CORS for browser-based MCP clients. On the MCP endpoint it acts only for origins the {@link OriginPolicy} already
 * allows (the others get 403 before this runs): the origin is echoed with {@code Vary: Origin}, or {@code *} when
 * every origin is allowed, and credentials are never allowed, since tokens travel in the {@code Authorization}
 * header and no cookie is involved. Public documents (the protected-resource metadata) answer every origin with
 * {@code *}. Off when Quarkus' own CORS filter is on: that filter runs first on every path and would duplicate the
 * headers.
 */
public final class CorsPolicy {

    /** The request headers of the Streamable HTTP transport a browser must be allowed to send. */
    static final String ALLOWED_HEADERS = "Authorization, Content-Type, Accept, Mcp-Session-Id, "
            + "MCP-Protocol-Version, Last-Event-ID, Mcp-Method, Mcp-Name";
    /** The response headers a browser-based client must be able to read. */
    static final String EXPOSED_HEADERS = "WWW-Authenticate, Mcp-Session-Id, MCP-Protocol-Version, Retry-After";
    static final String ENDPOINT_METHODS = "GET, POST, DELETE";

    private final boolean enabled;
    private final boolean everyOrigin;
    private final String maxAgeSeconds;

    /**
     * @param everyOrigin whether {@code quarkus.warden.http.allowed-origins} is {@code *}
     */
    public CorsPolicy(boolean enabled, boolean everyOrigin, long maxAgeSeconds) {
        this.enabled = enabled;
        this.everyOrigin = everyOrigin;
        this.maxAgeSeconds = Long.toString(maxAgeSeconds);
    }

    /**
     * Adds the CORS headers for an allowed origin to the response of the MCP endpoint; answers a preflight at once.
     *
     * @return true when the request was a preflight, now answered
     */
    boolean endpoint(RoutingContext ctx, String origin) {
        if (!enabled || origin == null) {
            return false;
        }
        HttpServerResponse response = ctx.response();
        if (everyOrigin) {
            response.putHeader("Access-Control-Allow-Origin", "*");
        } else {
            response.putHeader("Access-Control-Allow-Origin", origin).putHeader("Vary", "Origin");
        }
        if (isPreflight(ctx)) {
            response.setStatusCode(204)
                    .putHeader("Access-Control-Allow-Methods", ENDPOINT_METHODS)
                    .putHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS)
                    .putHeader("Access-Control-Max-Age", maxAgeSeconds)
                    .end();
            return true;
        }
        response.putHeader("Access-Control-Expose-Headers", EXPOSED_HEADERS);
        return false;
    }

    /**
     * A public, credential-free document (the protected-resource metadata) readable from every origin, with its
     * preflight answered (clients may send {@code MCP-Protocol-Version} on discovery).
     */
    public Handler<RoutingContext> publicDocument(Handler<RoutingContext> document) {
        if (!enabled) {
            return document;
        }
        return ctx -> {
            // The same answer for every origin: no Vary needed, and caches may share it.
            ctx.response().putHeader("Access-Control-Allow-Origin", "*");
            if (isPreflight(ctx)) {
                ctx.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Methods", "GET")
                        .putHeader("Access-Control-Allow-Headers", "MCP-Protocol-Version")
                        .putHeader("Access-Control-Max-Age", maxAgeSeconds)
                        .end();
                return;
            }
            document.handle(ctx);
        };
    }

    private static boolean isPreflight(RoutingContext ctx) {
        return "OPTIONS".equals(ctx.request().method().name())
                && ctx.request().getHeader("Access-Control-Request-Method") != null;
    }
}
