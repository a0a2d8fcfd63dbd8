package io.mcpwarden.runtime.authorizationserver.http;

import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors.OAuthException;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The request rules shared by the token and revocation endpoints (RFC 6749 section 3.2).
 */
final class FormRules {

    private FormRules() {
    }

    static void requireForm(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw OAuthException.badRequest("invalid_request",
                    "The request body must be application/x-www-form-urlencoded.");
        }
    }

    /**
     * Parameters must not be sent more than once (RFC 6749 section 3.2).
     */
    static void requireSingleValues(MultiMap form, String... names) {
        for (String name : names) {
            if (form.getAll(name).size() > 1) {
                throw OAuthException.badRequest("invalid_request", name + " appears more than once.");
            }
        }
    }
}
