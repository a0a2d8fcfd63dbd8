package io.mcpwarden.runtime.authorizationserver.http;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.audit.RevocationReasons;
import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors.OAuthException;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits.Endpoint;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Token revocation (RFC 7009). Revoking a refresh token revokes its grant: every refresh token of it stops working,
 * and no new access token is issued from it. Access tokens are short-lived JWTs that expire by themselves; revoking
 * one is accepted and has no further effect. Unknown tokens, and tokens of other clients, get the same 200 answer, so
 * the endpoint reveals nothing. Each source address may make a bounded number of requests per minute.
 */
final class RevocationHandler implements Handler<RoutingContext> {

    private final ClientAuthenticator clientAuthenticator;
    private final GrantStore grants;
    private final AuthorizationServerAudit audit;
    private final AddressRateLimits limits;

    RevocationHandler(ClientAuthenticator clientAuthenticator, GrantStore grants, AuthorizationServerAudit audit,
            AddressRateLimits limits) {
        this.clientAuthenticator = clientAuthenticator;
        this.grants = grants;
        this.audit = audit;
        this.limits = limits;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"POST".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        MultiMap form = ctx.request().formAttributes();
        AddressRateLimits.Refusal limited = limits.acquire(Endpoint.REVOCATION, ctx);
        if (limited != null) {
            audit.record(Type.REQUEST_RATE_LIMITED, null, form.get("client_id"), null,
                    limited.auditReason(Endpoint.REVOCATION), ctx.request().remoteAddress().hostAddress());
            OAuthErrors.tooManyRequests(ctx, limited);
            return;
        }
        try {
            FormRules.requireForm(ctx);
            FormRules.requireSingleValues(form, "token", "token_type_hint", "client_id", "client_secret");
            RegisteredClient client = clientAuthenticator.authenticate(ctx, form);
            String token = form.get("token");
            if (token == null || token.isEmpty()) {
                throw OAuthException.badRequest("invalid_request", "token is missing.");
            }
            long now = AuthorizationFlow.now();
            grants.grantOfRefreshToken(token).flatMap(grants::find)
                    .filter(grant -> grant.clientId().equals(client.clientId()))
                    .filter(grant -> grants.revoke(grant.grantId(), now))
                    .ifPresent(grant -> audit.record(Type.GRANT_REVOKED, grant.subject(), client.clientId(),
                            String.join(" ", grant.scopes()), RevocationReasons.CLIENT_REQUEST,
                            ctx.request().remoteAddress().hostAddress()));
            var response = ctx.response().setStatusCode(200);
            SecurityHeaders.forSecrets(response);
            response.end();
        } catch (OAuthException e) {
            OAuthErrors.json(ctx, e);
        }
    }
}
