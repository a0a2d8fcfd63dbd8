package io.mcpwarden.runtime.authorizationserver.http;

import java.util.Optional;
import java.util.Set;

import io.mcpwarden.authorizationserver.AuthenticatedUser;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.authorizationserver.UserAuthenticator;
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

    LoginHandler(AuthorizationFlow flow, UserAuthenticator users) {
        this.flow = flow;
        this.users = users;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"POST".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "POST").end();
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
