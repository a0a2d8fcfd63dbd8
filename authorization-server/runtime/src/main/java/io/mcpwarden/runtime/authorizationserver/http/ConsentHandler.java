package io.mcpwarden.runtime.authorizationserver.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorization;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The consent form's target: the user allows the client all, some or none of the requested scopes. The granted
 * scopes are remembered for this user and client, and the flow completes; a refusal goes back to the client as
 * {@code access_denied}.
 */
final class ConsentHandler implements Handler<RoutingContext> {

    private final AuthorizationFlow flow;

    ConsentHandler(AuthorizationFlow flow) {
        this.flow = flow;
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
        if (request.user() == null) {
            flow.pages.error(ctx, 400, "invalid_request", "Sign in before you answer the consent page.");
            return;
        }
        if (!flow.pending.remove(request)) {
            flow.pages.error(ctx, 400, "invalid_request", "This consent was already answered.");
            return;
        }
        var form = ctx.request().formAttributes();
        String subject = request.user().subject();
        String clientId = request.client().clientId();
        String address = ctx.request().remoteAddress().hostAddress();
        // Only scopes that were asked for count: a tampered form cannot widen the request.
        List<String> granted = form.getAll("scope").stream().filter(request.scopes()::contains).distinct().toList();
        if (!"allow".equals(form.get("decision")) || granted.isEmpty()) {
            flow.audit.record(Type.CONSENT_DENIED, subject, clientId, String.join(" ", request.scopes()), null,
                    address);
            flow.redirectError(ctx, request, "access_denied", "The user did not allow access.");
            return;
        }
        Set<String> remembered = new LinkedHashSet<>(flow.consents.granted(subject, clientId));
        remembered.addAll(granted);
        flow.consents.remember(subject, clientId, List.copyOf(remembered), AuthorizationFlow.now());
        flow.recordConsent(request, granted, null, ctx);
        flow.complete(ctx, request, granted);
    }
}
