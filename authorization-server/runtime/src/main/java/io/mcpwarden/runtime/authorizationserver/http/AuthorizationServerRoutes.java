package io.mcpwarden.runtime.authorizationserver.http;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.mcpwarden.authorizationserver.UserAuthenticator;
import io.mcpwarden.runtime.auth.RequestAuthenticator;
import io.mcpwarden.runtime.authorizationserver.admin.AdminApiHandler;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.mcpwarden.runtime.authorizationserver.consent.ScopeCatalog;
import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorizations;
import io.mcpwarden.runtime.authorizationserver.registration.RegistrationHandler;
import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.ConsentStore;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.tokens.AccessTokenIssuer;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The handlers of the authorization server's endpoints, by path.
 */
public final class AuthorizationServerRoutes {

    private final Map<String, Handler<RoutingContext>> handlers;

    public AuthorizationServerRoutes(AuthorizationServerConfig config, Endpoints endpoints, String serverName,
            ScopeCatalog scopes, ClientStore clients, ClientDirectory directory, GrantStore grants, ConsentStore consents,
            SigningKeys keys,
            UserAuthenticator users, AuthorizationServerAudit audit, PendingAuthorizations pending,
            AddressRateLimits limits, Supplier<RequestAuthenticator> authenticator) {
        AuthorizationFlow flow = new AuthorizationFlow(endpoints, new Pages(serverName), pending, grants, consents,
                scopes, audit, directory, config.authorizationCodeLifetime());
        ClientAuthenticator clientAuthenticator = new ClientAuthenticator(directory);
        AccessTokenIssuer accessTokens = new AccessTokenIssuer(endpoints.issuer(), keys,
                config.accessTokenLifetime());
        Handler<RoutingContext> registration = config.registration().enabled()
                ? new RegistrationHandler(clients, scopes, limits, config.registration(), audit)
                : ctx -> ctx.response().setStatusCode(404).end();
        this.handlers = Map.of(
                Endpoints.METADATA, new MetadataHandler(endpoints, scopes.names(), config.registration().enabled(),
                        config.registration().allowedAuthMethods(), config.clientMetadataDocuments().enabled()),
                Endpoints.JWKS, new JwksHandler(keys),
                Endpoints.AUTHORIZE, new AuthorizeHandler(flow, directory, config.loginTimeout(), limits),
                Endpoints.LOGIN, new LoginHandler(flow, users, config.admin().scope(),
                        Set.copyOf(config.admin().users().orElse(List.of())), limits),
                Endpoints.CONSENT, new ConsentHandler(flow),
                Endpoints.TOKEN, new TokenHandler(clientAuthenticator, grants, accessTokens, audit,
                        endpoints.resource(), config.refreshTokenLifetime(), limits),
                Endpoints.REVOKE, new RevocationHandler(clientAuthenticator, grants, audit, limits),
                Endpoints.REGISTER, registration,
                Endpoints.ADMIN, config.admin().enabled()
                        ? new AdminApiHandler(authenticator, config.admin().scope(), clients, grants, consents,
                                directory, audit)
                        : ctx -> ctx.response().setStatusCode(404).end());
    }

    /**
     * The handler of one endpoint path.
     */
    public Handler<RoutingContext> handler(String path) {
        return handlers.get(path);
    }
}
