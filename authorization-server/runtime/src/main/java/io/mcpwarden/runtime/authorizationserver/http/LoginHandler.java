package io.mcpwarden.runtime.authorizationserver.http;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mcpwarden.authorizationserver.AuthenticatedUser;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.authorizationserver.UserAuthenticator;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits.Endpoint;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorization;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The login form's target: checks the credentials with the {@link UserAuthenticator}, then shows the consent page,
 * or completes the flow at once when the user already consented to every requested scope for this client.
 */
final class LoginHandler implements Handler<RoutingContext> {

    private final AuthorizationFlow flow;
    private final UserAuthenticator users;
    private final String adminScope;
    private final Set<String> operators;
    private final AddressRateLimits limits;

    /**
     * @param adminScope the admin API's scope, granted only to {@code operators}
     */
    LoginHandler(AuthorizationFlow flow, UserAuthenticator users, String adminScope, Set<String> operators,
            AddressRateLimits limits) {
        this.limits = limits;
        this.flow = flow;
        this.users = users;
        this.adminScope = adminScope;
        this.operators = Set.copyOf(operators);
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"POST".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        if (flow.rateLimited(ctx, limits, Endpoint.LOGIN)) {
            return;
        }
        PendingAuthorization request = flow.verifiedForm(ctx);
        if (request == null) {
            return;
        }
        var form = ctx.request().formAttributes();
        String username = form.get("username");
        String password = form.get("password");
        String address = ctx.request().remoteAddress().hostAddress();
        Optional<AuthenticatedUser> user = username == null || password == null ? Optional.empty()
                : users.authenticate(username, password.toCharArray());
        if (user.isEmpty()) {
            flow.audit.record(Type.LOGIN_FAILED, null, request.client().clientId(), null,
                    "wrong user name or password", address);
            flow.showLogin(ctx, 401, request, username, "Wrong user name or password.");
            return;
        }
        long now = AuthorizationFlow.now();
        flow.audit.record(Type.LOGIN_SUCCEEDED, user.get().subject(), request.client().clientId(), null, null,
                address);
        PendingAuthorization loggedIn = request.loggedIn(user.get(), now, Secrets.newValue());
        if (!operators.contains(user.get().subject())) {
            // Only operators may hold the admin scope, or a scope that implies it.
            List<String> grantable = request.scopes().stream()
                    .filter(scope -> !flow.scopes.includes(scope, adminScope)).toList();
            if (grantable.isEmpty()) {
                flow.pending.remove(request);
                flow.audit.record(Type.CONSENT_DENIED, user.get().subject(), request.client().clientId(),
                        String.join(" ", request.scopes()), "access_denied: the admin scope is for operators only",
                        address);
                flow.redirectError(ctx, loggedIn, "access_denied", "The requested scopes are for the server's "
                        + "operators only.");
                return;
            }
            loggedIn = loggedIn.withScopes(grantable);
            request = request.withScopes(grantable);
        }
        Set<String> remembered = flow.consents.granted(user.get().subject(), request.client().clientId());
        if (remembered.containsAll(request.scopes())) {
            if (flow.pending.remove(request)) {
                flow.recordConsent(loggedIn, request.scopes(), "remembered", ctx);
                flow.complete(ctx, loggedIn, request.scopes());
            } else {
                flow.pages.error(ctx, 400, "invalid_request", "This sign-in was already completed.");
            }
            return;
        }
        flow.pending.replace(loggedIn);
        flow.showConsent(ctx, loggedIn);
    }
}
