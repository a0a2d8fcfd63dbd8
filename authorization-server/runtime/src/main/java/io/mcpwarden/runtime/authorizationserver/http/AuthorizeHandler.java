package io.mcpwarden.runtime.authorizationserver.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.mcpwarden.runtime.authorizationserver.cimd.MetadataDocumentException;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits.Endpoint;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorization;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The authorization endpoint (RFC 6749 section 3.1, OAuth 2.1): response type {@code code} with PKCE S256 only. Until
 * the client and its exact redirect URI are known, errors are shown on a page and never redirected (no open
 * redirect); after that they go back to the client. A valid request leads to the login page.
 */
final class AuthorizeHandler implements Handler<RoutingContext> {

    /** RFC 7636 section 4.2: BASE64URL(SHA256(verifier)) is 43 characters. */
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String[] SINGLE_VALUED = { "client_id", "redirect_uri", "response_type", "state",
            "code_challenge", "code_challenge_method", "scope" };

    private final AuthorizationFlow flow;
    private final ClientDirectory clients;
    private final Duration loginTimeout;
    private final AddressRateLimits limits;

    AuthorizeHandler(AuthorizationFlow flow, ClientDirectory clients, Duration loginTimeout, AddressRateLimits limits) {
        this.limits = limits;
        this.flow = flow;
        this.clients = clients;
        this.loginTimeout = loginTimeout;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"GET".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "GET").end();
            return;
        }
        if (flow.rateLimited(ctx, limits, Endpoint.AUTHORIZE)) {
            return;
        }
        MultiMap params = ctx.request().params();
        for (String name : SINGLE_VALUED) {
            if (params.getAll(name).size() > 1) {
                flow.pages.error(ctx, 400, "invalid_request", "The parameter " + name + " appears more than once.");
                return;
            }
        }
        String clientId = params.get("client_id");
        if (clientId == null || clientId.isBlank()) {
            flow.pages.error(ctx, 400, "invalid_request", "The request names no client (client_id is missing).");
            return;
        }
        RegisteredClient client;
        try {
            client = clients.find(clientId).orElse(null);
        } catch (MetadataDocumentException e) {
            flow.pages.error(ctx, 400, "invalid_client", "The client's metadata document was refused: "
                    + e.getMessage() + ".");
            return;
        }
        if (client == null) {
            flow.pages.error(ctx, 400, "invalid_client",
                    "The client is not registered with this server (unknown client_id).");
            return;
        }
        if (client.disabled()) {
            flow.pages.error(ctx, 400, "invalid_client", "This client has been disabled by the server's operator.");
            return;
        }
        String redirectUri = params.get("redirect_uri");
        if (redirectUri == null && client.redirectUris().size() == 1) {
            redirectUri = client.redirectUris().get(0);
        }
        if (redirectUri == null || !client.redirectUris().contains(redirectUri)) {
            flow.pages.error(ctx, 400, "invalid_request", redirectUri == null
                    ? "The request has no redirect_uri, and the client registered several."
                    : "The redirect_uri does not exactly match one the client registered.");
            return;
        }
        // From here on the client can be told: errors go back to its redirect URI.
        long now = AuthorizationFlow.now();
        PendingAuthorization request = new PendingAuthorization(Secrets.newId(), Secrets.newValue(),
                Secrets.newValue(), client, redirectUri, params.get("state"), params.get("code_challenge"), List.of(),
                flow.endpoints.resource(), now + loginTimeout.toSeconds(), null, 0);
        String refusal = refusal(params);
        if (refusal != null) {
            String[] error = refusal.split(":", 2);
            flow.redirectError(ctx, request, error[0], error[1]);
            return;
        }
        request = new PendingAuthorization(request.id(), request.csrfToken(), request.browserBinding(), client,
                redirectUri, request.state(), request.codeChallenge(), requestedScopes(params, client), request.resource(),
                request.expiresAt(), null, 0);
        if (!flow.pending.put(request, now)) {
            flow.redirectError(ctx, request, "temporarily_unavailable",
                    "Too many sign-ins are in progress; try again in a few minutes.");
            return;
        }
        clients.touch(clientId, now);
        flow.setBrowserCookie(ctx, request.browserBinding());
        flow.showLogin(ctx, 200, request, null, null);
    }

    /**
     * The error code and description for a request the client got wrong, or null when it is acceptable.
     */
    private String refusal(MultiMap params) {
        if (!"code".equals(params.get("response_type"))) {
            return "unsupported_response_type:Only response_type=code is supported.";
        }
        String challenge = params.get("code_challenge");
        if (challenge == null) {
            return "invalid_request:PKCE is required: send code_challenge and code_challenge_method=S256.";
        }
        if (!"S256".equals(params.get("code_challenge_method"))) {
            return "invalid_request:Only code_challenge_method=S256 is supported.";
        }
        if (!S256_CHALLENGE.matcher(challenge).matches()) {
            return "invalid_request:code_challenge must be the 43-character BASE64URL of a SHA-256 hash.";
        }
        for (String resource : params.getAll("resource")) {
            if (!flow.endpoints.resource().equals(resource)) {
                return "invalid_target:This server issues tokens only for the resource " + flow.endpoints.resource()
                        + ".";
            }
        }
        String scope = params.get("scope");
        if (scope != null) {
            List<String> unknown = new ArrayList<>();
            for (String s : scope.trim().split(" +")) {
                if (!s.isEmpty() && !flow.scopes.isDeclared(s)) {
                    unknown.add(s);
                }
            }
            if (!unknown.isEmpty()) {
                return "invalid_scope:Unknown scope " + String.join(" ", unknown) + "; this server offers "
                        + String.join(" ", flow.scopes.names()) + ".";
            }
        }
        return null;
    }

    /**
     * The requested scopes; without a {@code scope} parameter, those the client registered with.
     */
    private List<String> requestedScopes(MultiMap params, RegisteredClient client) {
        Set<String> scopes = new LinkedHashSet<>();
        String scope = params.get("scope");
        if (scope != null && !scope.isBlank()) {
            scopes.addAll(List.of(scope.trim().split(" +")));
        } else {
            client.scopes().stream().filter(flow.scopes::isDeclared).forEach(scopes::add);
        }
        if (scopes.isEmpty()) {
            scopes.addAll(flow.scopes.names());
        }
        return List.copyOf(scopes);
    }
}
