package io.mcpwarden.runtime.authorizationserver.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.audit.RevocationReasons;
import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors.OAuthException;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits.Endpoint;
import io.mcpwarden.runtime.authorizationserver.store.Grant;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.mcpwarden.runtime.authorizationserver.tokens.AccessTokenIssuer;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The token endpoint: {@code authorization_code} (with the PKCE S256 check, RFC 7636) and {@code refresh_token}
 * grants. Codes are single use: a second redemption revokes the whole grant. Refresh tokens rotate on every use: a
 * replayed one revokes the whole grant.
 */
final class TokenHandler implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(TokenHandler.class);
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private final ClientAuthenticator clientAuthenticator;
    private final GrantStore grants;
    private final AccessTokenIssuer accessTokens;
    private final AuthorizationServerAudit audit;
    private final String resource;
    private final Duration refreshTokenLifetime;
    private final AddressRateLimits limits;

    TokenHandler(ClientAuthenticator clientAuthenticator, GrantStore grants, AccessTokenIssuer accessTokens,
            AuthorizationServerAudit audit, String resource, Duration refreshTokenLifetime, AddressRateLimits limits) {
        this.limits = limits;
        this.clientAuthenticator = clientAuthenticator;
        this.grants = grants;
        this.accessTokens = accessTokens;
        this.audit = audit;
        this.resource = resource;
        this.refreshTokenLifetime = refreshTokenLifetime;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"POST".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        MultiMap form = ctx.request().formAttributes();
        String address = ctx.request().remoteAddress().hostAddress();
        AddressRateLimits.Refusal limited = limits.acquire(Endpoint.TOKEN, ctx);
        if (limited != null) {
            audit.record(Type.REQUEST_RATE_LIMITED, null, form.get("client_id"), null,
                    limited.auditReason(Endpoint.TOKEN), address);
            OAuthErrors.tooManyRequests(ctx, limited);
            return;
        }
        RegisteredClient client = null;
        try {
            FormRules.requireForm(ctx);
            FormRules.requireSingleValues(form, "grant_type", "code", "redirect_uri", "code_verifier",
                    "refresh_token", "scope", "client_id", "client_secret");
            client = clientAuthenticator.authenticate(ctx, form);
            String grantType = form.get("grant_type");
            JsonObject tokens;
            if ("authorization_code".equals(grantType)) {
                tokens = redeemCode(form, client, address);
            } else if ("refresh_token".equals(grantType)) {
                tokens = refresh(form, client, address);
            } else {
                throw OAuthException.badRequest(grantType == null ? "invalid_request" : "unsupported_grant_type",
                        grantType == null ? "grant_type is missing."
                                : "Supported grant types: authorization_code, refresh_token.");
            }
            var response = ctx.response().setStatusCode(200);
            SecurityHeaders.forSecrets(response);
            response.putHeader("Content-Type", "application/json").end(tokens.encode());
        } catch (OAuthException e) {
            audit.record(Type.TOKEN_REFUSED, null, client == null ? form.get("client_id") : client.clientId(), null,
                    e.error + ": " + e.getMessage(), address);
            OAuthErrors.json(ctx, e);
        }
    }

    private JsonObject redeemCode(MultiMap form, RegisteredClient client, String address) {
        String code = required(form, "code");
        long now = AuthorizationFlow.now();
        GrantStore.Redemption redemption = grants.redeemCode(code, now);
        Grant grant = redemption.grant();
        if (grant == null) {
            throw OAuthException.badRequest("invalid_grant", "The authorization code is unknown.");
        }
        if (redemption.replayed()) {
            revoke(grant, RevocationReasons.AUTHORIZATION_CODE_REPLAY, address);
            throw OAuthException.badRequest("invalid_grant",
                    "The authorization code was already used; every token issued with it has been revoked.");
        }
        if (!redemption.won()) {
            throw OAuthException.badRequest("invalid_grant", "The authorization code has expired.");
        }
        if (grant.revoked()) {
            // Revoked since the code was issued: by the user or an operator, or because a concurrent redemption of
            // this same code was a replay.
            throw OAuthException.badRequest("invalid_grant", "The authorization code's grant has been revoked.");
        }
        if (!grant.clientId().equals(client.clientId())) {
            throw OAuthException.badRequest("invalid_grant", "The authorization code was issued to another client.");
        }
        if (!redemption.redirectUri().equals(form.get("redirect_uri"))) {
            throw OAuthException.badRequest("invalid_grant",
                    "redirect_uri must be the one of the authorization request.");
        }
        String verifier = form.get("code_verifier");
        if (verifier == null) {
            throw OAuthException.badRequest("invalid_request", "PKCE is required: code_verifier is missing.");
        }
        if (!VERIFIER.matcher(verifier).matches() || !Secrets.equalsConstantTime(s256(verifier),
                redemption.codeChallenge())) {
            throw OAuthException.badRequest("invalid_grant", "code_verifier does not match the code_challenge.");
        }
        checkResource(form, grant);
        JsonObject tokens = issue(grant, grant.scopes(), client, now);
        audit.record(Type.TOKEN_ISSUED, grant.subject(), client.clientId(), String.join(" ", grant.scopes()), null,
                address);
        return tokens;
    }

    private JsonObject refresh(MultiMap form, RegisteredClient client, String address) {
        String token = required(form, "refresh_token");
        long now = AuthorizationFlow.now();
        GrantStore.Redemption redemption = grants.redeemRefreshToken(token, now);
        Grant grant = redemption.grant();
        if (grant == null) {
            throw OAuthException.badRequest("invalid_grant", "The refresh token is unknown or revoked.");
        }
        if (redemption.replayed()) {
            revoke(grant, RevocationReasons.REFRESH_TOKEN_REPLAY, address);
            throw OAuthException.badRequest("invalid_grant",
                    "The refresh token was already used; the grant and all its tokens have been revoked.");
        }
        if (!redemption.won() || grant.revoked()) {
            throw OAuthException.badRequest("invalid_grant", "The refresh token has expired or was revoked.");
        }
        if (!grant.clientId().equals(client.clientId())) {
            throw OAuthException.badRequest("invalid_grant", "The refresh token was issued to another client.");
        }
        checkResource(form, grant);
        List<String> scopes = grant.scopes();
        String scope = form.get("scope");
        if (scope != null && !scope.isBlank()) {
            List<String> requested = List.copyOf(new LinkedHashSet<>(List.of(scope.trim().split(" +"))));
            if (!grant.scopes().containsAll(requested)) {
                throw OAuthException.badRequest("invalid_scope", "A refresh cannot add scopes; the grant holds "
                        + String.join(" ", grant.scopes()) + ". Ask the user again for more.");
            }
            scopes = requested;
        }
        JsonObject tokens = issue(grant, scopes, client, now);
        audit.record(Type.TOKEN_REFRESHED, grant.subject(), client.clientId(), String.join(" ", scopes), null,
                address);
        return tokens;
    }

    private JsonObject issue(Grant grant, List<String> scopes, RegisteredClient client, long now) {
        Grant narrowed = new Grant(grant.grantId(), grant.clientId(), grant.subject(), scopes, grant.resource(),
                grant.authTime(), grant.acr(), false);
        JsonObject tokens = new JsonObject()
                .put("access_token", accessTokens.issue(narrowed, now))
                .put("token_type", "Bearer")
                .put("expires_in", accessTokens.lifetimeSeconds())
                .put("scope", String.join(" ", scopes));
        if (client.mayRefresh()) {
            String refreshToken = Secrets.newValue();
            grants.addRefreshToken(refreshToken, grant.grantId(), now + refreshTokenLifetime.toSeconds());
            tokens.put("refresh_token", refreshToken);
        }
        return tokens;
    }

    private void revoke(Grant grant, String reason, String address) {
        if (grants.revoke(grant.grantId(), AuthorizationFlow.now())) {
            LOG.warnf("Grant of client %s for %s revoked: %s", grant.clientId(), grant.subject(), reason);
            audit.record(Type.GRANT_REVOKED, grant.subject(), grant.clientId(), String.join(" ", grant.scopes()),
                    reason, address);
        }
    }

    private void checkResource(MultiMap form, Grant grant) {
        for (String requested : form.getAll("resource")) {
            if (!requested.equals(grant.resource())) {
                throw OAuthException.badRequest("invalid_target",
                        "This server issues tokens only for the resource " + resource + ".");
            }
        }
    }

    private static String required(MultiMap form, String name) {
        String value = form.get(name);
        if (value == null || value.isEmpty()) {
            throw OAuthException.badRequest("invalid_request", name + " is missing.");
        }
        return value;
    }

    private static String s256(String verifier) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Secrets.sha256(verifier.getBytes(StandardCharsets.US_ASCII)));
    }
}
