package io.mcpwarden.runtime.authorizationserver.registration;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent.Type;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.clients.ClientNames;
import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.mcpwarden.runtime.authorizationserver.consent.ScopeCatalog;
import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors;
import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors.OAuthException;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits.Endpoint;
import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.vertx.core.Handler;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Dynamic Client Registration (RFC 7591), governed: optional initial access token, a rate limit per source address,
 * a maximum number of clients, and the {@link RegistrationPolicy}. Requested scopes are capped to the declared ones
 * (the answer says which were kept); a client may later be granted any declared scope its user consents to, so that
 * step-up works.
 */
public final class RegistrationHandler implements Handler<RoutingContext> {

    private static final int MAX_NAME_LENGTH = 100;

    private final ClientStore clients;
    private final ScopeCatalog scopes;
    private final RegistrationPolicy policy;
    private final AddressRateLimits limits;
    private final AuthorizationServerConfig.Registration config;
    private final AuthorizationServerAudit audit;

    public RegistrationHandler(ClientStore clients, ScopeCatalog scopes, AddressRateLimits limits,
            AuthorizationServerConfig.Registration config, AuthorizationServerAudit audit) {
        this.clients = clients;
        this.scopes = scopes;
        this.policy = new RegistrationPolicy(config.allowedRedirectHosts().orElse(List.of()),
                config.allowedAuthMethods());
        this.limits = limits;
        this.config = config;
        this.audit = audit;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"POST".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "POST").end();
            return;
        }
        String address = ctx.request().remoteAddress().hostAddress();
        Optional<String> initialAccessToken = config.initialAccessToken();
        if (initialAccessToken.isPresent() && !initialAccessToken.get().equals(bearer(ctx).orElse(null))) {
            audit.record(Type.CLIENT_REGISTRATION_REFUSED, null, null, null,
                    "invalid_token: missing or wrong initial access token", address);
            ctx.response().setStatusCode(401)
                    .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", "
                            + "error_description=\"Registration needs this server's initial access token\"")
                    .putHeader("Content-Type", "application/json")
                    .end(new JsonObject().put("error", "invalid_token").put("error_description",
                            "Registration needs this server's initial access token as a bearer token.").encode());
            return;
        }
        AddressRateLimits.Refusal limited = limits.acquire(Endpoint.REGISTRATION, ctx);
        if (limited != null) {
            audit.record(Type.REQUEST_RATE_LIMITED, null, null, null, limited.auditReason(Endpoint.REGISTRATION),
                    address);
            OAuthErrors.tooManyRequests(ctx, limited);
            return;
        }
        long now = System.currentTimeMillis() / 1000;
        try {
            if (clients.count() >= config.maxClients()) {
                // RFC 7591 section 3.2.2 has no code for a full server; the registration cannot be accepted as sent.
                throw RegistrationPolicy.metadataRefused("This server has reached its maximum number of registered "
                        + "clients (" + config.maxClients() + "); ask its operator.");
            }
            Registration registration = register(body(ctx), now, address);
            RegisteredClient client = registration.client();
            ctx.response().setStatusCode(201).putHeader("Content-Type", "application/json")
                    .putHeader("Cache-Control", "no-store").putHeader("Pragma", "no-cache")
                    .end(registration.answer().encode());
            audit.record(Type.CLIENT_REGISTERED, null, client.clientId(), String.join(" ", client.scopes()), null,
                    address);
        } catch (OAuthException e) {
            audit.record(Type.CLIENT_REGISTRATION_REFUSED, null, null, null, e.error + ": " + e.getMessage(),
                    address);
            OAuthErrors.json(ctx, e);
        }
    }

    private record Registration(RegisteredClient client, JsonObject answer) {
    }

    private Registration register(JsonObject request, long now, String address) {
        List<String> redirectUris = strings(request, "redirect_uris", null);
        if (redirectUris == null || redirectUris.isEmpty()) {
            throw RegistrationPolicy.redirectRefused("(none)", "redirect_uris must list at least one URI");
        }
        redirectUris.forEach(policy::checkRedirectUri);
        if (String.join(" ", new LinkedHashSet<>(redirectUris)).length() > RegistrationPolicy.MAX_REDIRECT_URIS_LENGTH) {
            throw RegistrationPolicy.metadataRefused("redirect_uris are longer than "
                    + RegistrationPolicy.MAX_REDIRECT_URIS_LENGTH + " characters in all.");
        }
        List<String> grantTypes = strings(request, "grant_types", List.of("authorization_code"));
        policy.checkGrantTypes(grantTypes);
        policy.checkResponseTypes(strings(request, "response_types", List.of("code")));
        String authMethod = string(request, "token_endpoint_auth_method", "client_secret_basic");
        policy.checkAuthMethod(authMethod);
        String name = ClientNames.clean(string(request, "client_name", "Unnamed client"));
        if (name.isEmpty()) {
            name = "Unnamed client";
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw RegistrationPolicy.metadataRefused("client_name is longer than " + MAX_NAME_LENGTH
                    + " characters.");
        }
        Set<String> requested = new LinkedHashSet<>();
        String scope = string(request, "scope", null);
        if (scope != null && !scope.isBlank()) {
            requested.addAll(List.of(scope.trim().split(" +")));
        }
        List<String> kept = requested.isEmpty() ? scopes.names()
                : requested.stream().filter(scopes::isDeclared).toList();
        String secret = "none".equals(authMethod) ? null : Secrets.newValue();
        RegisteredClient client = new RegisteredClient(Secrets.newId(), secret == null ? null : Secrets.hash(secret),
                name, List.copyOf(new LinkedHashSet<>(redirectUris)), kept, authMethod,
                List.copyOf(new LinkedHashSet<>(grantTypes)), now, now, false, null);
        clients.add(client, address);
        JsonObject answer = new JsonObject()
                .put("client_id", client.clientId())
                .put("client_id_issued_at", now)
                .put("client_name", client.name())
                .put("redirect_uris", new JsonArray(client.redirectUris()))
                .put("grant_types", new JsonArray(client.grantTypes()))
                .put("response_types", new JsonArray(List.of("code")))
                .put("token_endpoint_auth_method", authMethod)
                .put("scope", String.join(" ", kept));
        if (secret != null) {
            answer.put("client_secret", secret).put("client_secret_expires_at", 0);
        }
        return new Registration(client, answer);
    }

    private static JsonObject body(RoutingContext ctx) {
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw RegistrationPolicy.metadataRefused("The request body must be application/json.");
        }
        try {
            Object json = ctx.body().buffer() == null ? null : io.vertx.core.json.Json.decodeValue(ctx.body().buffer());
            if (json instanceof JsonObject object) {
                return object;
            }
        } catch (DecodeException e) {
            // answered below
        }
        throw RegistrationPolicy.metadataRefused("The request body is not a JSON object.");
    }

    private static List<String> strings(JsonObject request, String field, List<String> absent) {
        Object value = request.getValue(field);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof JsonArray array)) {
            throw RegistrationPolicy.metadataRefused(field + " must be an array of strings.");
        }
        List<String> values = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String text)) {
                throw RegistrationPolicy.metadataRefused(field + " must be an array of strings.");
            }
            values.add(text);
        }
        return values;
    }

    private static String string(JsonObject request, String field, String absent) {
        Object value = request.getValue(field);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof String text)) {
            throw RegistrationPolicy.metadataRefused(field + " must be a string.");
        }
        return text;
    }

    private static Optional<String> bearer(RoutingContext ctx) {
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(authorization.substring(7).trim());
    }
}
