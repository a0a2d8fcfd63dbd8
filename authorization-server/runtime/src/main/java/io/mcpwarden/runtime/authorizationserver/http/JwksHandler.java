package io.mcpwarden.runtime.authorizationserver.http;

import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The public signing keys (RFC 7517 JWK Set): the current key and those retired keys whose tokens may still be
 * valid. Cached briefly, so that verifiers see a new key soon after rotation.
 */
final class JwksHandler implements Handler<RoutingContext> {

    private final SigningKeys keys;

    JwksHandler(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "max-age=300")
                .putHeader("Access-Control-Allow-Origin", "*")
                .end(keys.jwks());
    }
}
