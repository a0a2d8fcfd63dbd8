package io.mcpwarden.runtime.authorizationserver.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.consent.ScopeCatalog;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorization;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorizations;
import io.mcpwarden.runtime.authorizationserver.store.ConsentStore;
import io.mcpwarden.runtime.authorizationserver.store.Grant;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;

/**
 * What the authorize, login and consent steps share: the anti-forgery checks of their forms, the pages, and the end
 * of the flow (a grant, a single-use code, and the redirect back to the client with {@code code}, {@code state} and
 * the RFC 9207 {@code iss}).
 */
final class AuthorizationFlow {

    static final String BROWSER_COOKIE = "warden_authorization";

    final Endpoints endpoints;
    final Pages pages;
    final PendingAuthorizations pending;
    final GrantStore grants;
    final ConsentStore consents;
    final ScopeCatalog scopes;
    final AuthorizationServerAudit audit;
    private final ClientDirectory clients;
    private final Duration codeLifetime;

    AuthorizationFlow(Endpoints endpoints, Pages pages, PendingAuthorizations pending, GrantStore grants,
            ConsentStore consents, ScopeCatalog scopes, AuthorizationServerAudit audit, ClientDirectory clients,
            Duration codeLifetime) {
        this.clients = clients;
        this.endpoints = endpoints;
        this.pages = pages;
        this.pending = pending;
        this.grants = grants;
        this.consents = consents;
        this.scopes = scopes;
        this.audit = audit;
        this.codeLifetime = codeLifetime;
    }

    static long now() {
        return System.currentTimeMillis() / 1000;
    }

    void setBrowserCookie(RoutingContext ctx, String value) {
        ctx.response().addCookie(Cookie.cookie(BROWSER_COOKIE, value).setPath("/oauth").setHttpOnly(true)
                .setSameSite(CookieSameSite.STRICT).setSecure(endpoints.issuer().startsWith("https:")));
    }

    /**
     * The pending request a form names, if its anti-forgery token and browser cookie are right; otherwise answers
     * with an error page and returns null.
     */
    PendingAuthorization verifiedForm(RoutingContext ctx) {
        var form = ctx.request().formAttributes();
        PendingAuthorization request = pending.find(form.get("request"), now()).orElse(null);
        if (request == null) {
            pages.error(ctx, 400, "invalid_request",
                    "This sign-in page has expired or was already used. Start again from the application.");
            return null;
        }
        Cookie cookie = ctx.request().getCookie(BROWSER_COOKIE);
        if (!Secrets.equalsConstantTime(form.get("csrf"), request.csrfToken())
                || cookie == null || !Secrets.equalsConstantTime(cookie.getValue(), request.browserBinding())) {
            pages.error(ctx, 403, "invalid_request", "The form could not be verified (its anti-forgery token is "
                    + "missing or wrong). Start again from the application, in one browser window.");
            return null;
        }
        return request;
    }

    void showLogin(RoutingContext ctx, int status, PendingAuthorization request, String username, String error) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clientName", request.client().name());
        data.put("loginPath", Endpoints.LOGIN);
        data.put("requestId", request.id());
        data.put("csrf", request.csrfToken());
        data.put("username", username == null ? "" : username);
        data.put("error", error);
        pages.login(ctx, status, data);
    }

    void showConsent(RoutingContext ctx, PendingAuthorization request) {
        List<Map<String, Object>> views = new ArrayList<>();
        for (String scope : request.scopes()) {
            ScopeCatalog.ScopeView view = scopes.view(scope);
            views.add(Map.of("name", view.name(), "description", view.description(), "tools", view.tools()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("clientName", request.client().name());
        data.put("userName", request.user().displayName());
        data.put("redirectHost", redirectHost(request.redirectUri()));
        data.put("metadataDocumentUrl", request.client().metadataDocument() ? request.client().clientId() : null);
        data.put("consentPath", Endpoints.CONSENT);
        data.put("requestId", request.id());
        data.put("csrf", request.csrfToken());
        data.put("scopes", views);
        pages.consent(ctx, data);
    }

    /**
     * Ends the flow with a grant of the given scopes: a code, and the redirect that carries it to the client.
     */
    void complete(RoutingContext ctx, PendingAuthorization request, List<String> granted) {
        long now = now();
        clients.remember(request.client(), now);
        Grant grant = new Grant(Secrets.newId(), request.client().clientId(), request.user().subject(),
                List.copyOf(granted), request.resource(), request.authTime(), request.user().acr(), false);
        grants.addGrant(grant, now);
        String code = Secrets.newValue();
        grants.addCode(code, grant.grantId(), request.redirectUri(), request.codeChallenge(),
                now + codeLifetime.toSeconds());
        StringBuilder location = new StringBuilder(request.redirectUri())
                .append(request.redirectUri().contains("?") ? '&' : '?')
                .append("code=").append(OAuthErrors.encode(code));
        if (request.state() != null) {
            location.append("&state=").append(OAuthErrors.encode(request.state()));
        }
        location.append("&iss=").append(OAuthErrors.encode(endpoints.issuer()));
        redirect(ctx, location.toString());
    }

    /**
     * Sends the user back to the client with an error; only for a validated redirect URI.
     */
    void redirectError(RoutingContext ctx, PendingAuthorization request, String error, String description) {
        redirect(ctx, OAuthErrors.redirect(request.redirectUri(), error, description, request.state(),
                endpoints.issuer()));
    }

    static void redirect(RoutingContext ctx, String location) {
        var response = ctx.response().setStatusCode(303);
        SecurityHeaders.forPage(response);
        response.putHeader("Location", location).end();
    }

    void recordConsent(PendingAuthorization request, List<String> granted, String reason, RoutingContext ctx) {
        audit.record(Type.CONSENT_GRANTED, request.user().subject(), request.client().clientId(),
                String.join(" ", granted), reason, ctx.request().remoteAddress().hostAddress());
    }

    static String redirectHost(String redirectUri) {
        java.net.URI uri = java.net.URI.create(redirectUri);
        return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
    }

    /**
     * Counts a request of a browser page (authorize, login) against its address's limit; over it, answers 429 with
     * {@code Retry-After} and an error page (never a redirect: the client is not even looked up), and records it.
     *
     * @return true when the request was refused and answered
     */
    boolean rateLimited(RoutingContext ctx, AddressRateLimits limits, AddressRateLimits.Endpoint endpoint) {
        AddressRateLimits.Refusal refusal = limits.acquire(endpoint, ctx);
        if (refusal == null) {
            return false;
        }
        audit.record(Type.REQUEST_RATE_LIMITED, null, null, null, refusal.auditReason(endpoint),
                ctx.request().remoteAddress().hostAddress());
        ctx.response().putHeader("Retry-After", Long.toString(refusal.retryAfterSeconds()));
        pages.error(ctx, 429, "temporarily_unavailable", refusal.description());
        return true;
    }
}
