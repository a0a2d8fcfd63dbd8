package io.mcpwarden.runtime.authorizationserver.admin;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.ConsentStore;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The admin API, JSON over HTTP under {@code /oauth/admin}, for operators holding the admin scope:
 * <ul>
 * <li>{@code GET /oauth/admin/clients}: every client with its registration time, last use, grants and consents;</li>
 * <li>{@code POST /oauth/admin/clients/{client_id}/disable}: the client's tokens stop working, its grants are
 * revoked, and it cannot authorize again;</li>
 * <li>{@code POST /oauth/admin/clients/{client_id}/enable}: a disabled client may authorize again; what the disabling
 * ended (its grants, its tokens issued until then, its users' consents) stays ended;</li>
 * <li>{@code DELETE /oauth/admin/clients/{client_id}}: the client is deleted with its grants and consents;</li>
 * <li>{@code DELETE /oauth/admin/users/{subject}/grants[?client_id=...]}: the user's grants are revoked and the
 * consents forgotten, for one client or all.</li>
 * </ul>
 * Path segments are percent-encoded (a metadata document client id is a URL). Every request, allowed or refused, is
 * an audit event.
 */
public final class AdminApiHandler implements Handler<RoutingContext> {

    public static final String PREFIX = "/oauth/admin/";

    private final AdminAuthorization authorization;
    private final ClientListing listing;
    private final ClientStore clients;
    private final GrantStore grants;
    private final ConsentStore consents;
    private final ClientDirectory directory;
    private final AuthorizationServerAudit audit;

    public AdminApiHandler(java.util.function.Supplier<io.mcpwarden.runtime.auth.RequestAuthenticator> authenticator,
            String scope, ClientStore clients, GrantStore grants, ConsentStore consents, ClientDirectory directory,
            AuthorizationServerAudit audit) {
        this.authorization = new AdminAuthorization(authenticator, scope);
        this.listing = new ClientListing(clients, grants, consents);
        this.clients = clients;
        this.grants = grants;
        this.consents = consents;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String address = ctx.request().remoteAddress().hostAddress();
        Caller operator;
        try {
            operator = authorization.operator(ctx);
        } catch (AdminAuthorization.Refusal refusal) {
            audit.recordAdmin(Type.ADMIN_REQUEST_REFUSED, null, null, null,
                    refusal.error + ": " + ctx.request().method().name() + " " + ctx.request().path(), address);
            var response = ctx.response();
            if (refusal.challenge != null) {
                response.putHeader("WWW-Authenticate", refusal.challenge);
            }
            error(ctx, refusal.status, refusal.error, refusal.getMessage());
            return;
        }
        List<String> path = segments(ctx.request().path());
        String method = ctx.request().method().name();
        if (path == null) {
            error(ctx, 400, "invalid_request", "A path segment is not validly percent-encoded.");
        } else if (path.equals(List.of("clients"))) {
            if (allow(ctx, method, "GET")) {
                audit.recordAdmin(Type.ADMIN_CLIENTS_LISTED, operator.subject(), null, null, null, address);
                json(ctx, 200, listing.all());
            }
        } else if (path.size() == 2 && path.get(0).equals("clients")) {
            if (allow(ctx, method, "DELETE")) {
                changeClient(ctx, operator, path.get(1), address, clients::delete, Type.ADMIN_CLIENT_DELETED);
            }
        } else if (path.size() == 3 && path.get(0).equals("clients") && path.get(2).equals("disable")) {
            if (allow(ctx, method, "POST")) {
                changeClient(ctx, operator, path.get(1), address,
                        id -> clients.disable(id, System.currentTimeMillis() / 1000), Type.ADMIN_CLIENT_DISABLED);
            }
        } else if (path.size() == 3 && path.get(0).equals("clients") && path.get(2).equals("enable")) {
            if (allow(ctx, method, "POST")) {
                changeClient(ctx, operator, path.get(1), address, clients::enable, Type.ADMIN_CLIENT_ENABLED);
            }
        } else if (path.size() == 3 && path.get(0).equals("users") && path.get(2).equals("grants")) {
            if (allow(ctx, method, "DELETE")) {
                revokeUserGrants(ctx, operator, path.get(1), ctx.request().getParam("client_id"), address);
            }
        } else {
            error(ctx, 404, "not_found", "The admin API has no such resource; see the authorization server guide.");
        }
    }

    /**
     * Applies an operator's change to one client: {@code change} answers whether the client exists. Then the cached
     * document and status of the client are forgotten, so that the change takes effect at once on this instance.
     */
    private void changeClient(RoutingContext ctx, Caller operator, String clientId, String address,
            Predicate<String> change, Type event) {
        if (!change.test(clientId)) {
            error(ctx, 404, "not_found", "No client has this client_id.");
            return;
        }
        directory.invalidate(clientId);
        audit.recordAdmin(event, operator.subject(), null, clientId, null, address);
        ctx.response().setStatusCode(204).putHeader("Cache-Control", "no-store").end();
    }

    private void revokeUserGrants(RoutingContext ctx, Caller operator, String subject, String clientId,
            String address) {
        if (clientId != null && clientId.isEmpty()) {
            error(ctx, 400, "invalid_request", "client_id, when given, must not be empty.");
            return;
        }
        int revoked = grants.revokeAllOf(subject, clientId, System.currentTimeMillis() / 1000);
        int forgotten = consents.forget(subject, clientId);
        audit.recordAdmin(Type.ADMIN_USER_GRANTS_REVOKED, operator.subject(), subject, clientId,
                revoked + " grants revoked, " + forgotten + " consents forgotten", address);
        json(ctx, 200, new JsonObject().put("subject", subject).put("client_id", clientId)
                .put("revoked_grants", revoked).put("forgotten_consents", forgotten));
    }

    private static boolean allow(RoutingContext ctx, String method, String allowed) {
        if (method.equals(allowed)) {
            return true;
        }
        ctx.response().putHeader("Allow", allowed);
        error(ctx, 405, "invalid_request", "This admin resource accepts " + allowed + " only.");
        return false;
    }

    /**
     * The percent-decoded segments after {@link #PREFIX}, or null when one is malformed.
     */
    static List<String> segments(String rawPath) {
        if (!rawPath.startsWith(PREFIX)) {
            return List.of();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(PREFIX.length()).split("/", -1)) {
            try {
                // In a path "+" is a plus sign, not a space.
                segments.add(URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return segments;
    }

    private static void json(RoutingContext ctx, int status, JsonObject body) {
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "no-store").end(body.encode());
    }

    private static void error(RoutingContext ctx, int status, String error, String description) {
        json(ctx, status, new JsonObject().put("error", error).put("error_description", description));
    }
}
