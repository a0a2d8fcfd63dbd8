package io.mcpwarden.runtime.authorizationserver.http;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;

import org.h2.jdbcx.JdbcDataSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.authorizationserver.audit.AuthorizationServerAudit;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.clients.ClientStatusCache;
import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.mcpwarden.runtime.authorizationserver.consent.ScopeCatalog;
import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.mcpwarden.runtime.authorizationserver.limits.AddressRateLimits;
import io.mcpwarden.runtime.authorizationserver.login.PendingAuthorizations;
import io.mcpwarden.runtime.authorizationserver.store.ClientStore;
import io.mcpwarden.runtime.authorizationserver.store.ConsentStore;
import io.mcpwarden.runtime.authorizationserver.store.Database;
import io.mcpwarden.runtime.authorizationserver.store.Grant;
import io.mcpwarden.runtime.authorizationserver.store.GrantStore;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The built-in authorization server's endpoint handlers, assembled as {@code AuthorizationServer.start()} assembles
 * them, over an in-memory H2 database with the real schema: three declared scopes, three registered clients (one per
 * authentication method), and, reset before each input, one grant with a live code and a live refresh token whose
 * values the fuzz targets may pick.
 */
final class Fixture {

    static final String ISSUER = "https://as.example";
    static final String RESOURCE = "https://mcp.example/mcp";
    static final List<String> SCOPES = List.of("files:read", "files:write", "admin");
    static final String ALLOWED_HTTPS_HOST = "app.example";
    static final List<String> AUTH_METHODS = List.of("none", "client_secret_basic", "client_secret_post");

    static final String PUBLIC_CLIENT = "public-client";
    static final String BASIC_CLIENT = "basic-client";
    static final String POST_CLIENT = "post-client";
    static final String SECRET = "s3cret-value";
    static final String REDIRECT = "http://127.0.0.1:8765/callback";
    static final String OTHER_REDIRECT = "https://app.example/cb?x=1";
    static final String CODE = "the-live-authorization-code";
    static final String VERIFIER = "verifier-verifier-verifier-verifier-verifier-0123";
    static final String CHALLENGE = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(Secrets.sha256(VERIFIER.getBytes(StandardCharsets.US_ASCII)));
    static final String REFRESH_TOKEN = "the-live-refresh-token";
    static final String GRANT = "grant-1";
    static final List<String> GRANT_SCOPES = List.of("files:read", "files:write");
    /** The authorization server's Flyway migrations, in order. */
    static final List<String> MIGRATIONS = List.of("V1__authorization_server.sql",
            "V2__metadata_documents_and_disabled_clients.sql", "V3__client_token_cutoff.sql");

    final Database db;
    final ClientStore clients;
    final GrantStore grants;
    final AuthorizationServerRoutes routes;

    Fixture(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        db = new Database(dataSource);
        for (String statement : schema().split(";")) {
            if (!statement.isBlank()) {
                db.update(statement);
            }
        }
        clients = new ClientStore(db);
        grants = new GrantStore(db);
        long now = System.currentTimeMillis() / 1000;
        clients.add(new RegisteredClient(PUBLIC_CLIENT, null, "Public", List.of(REDIRECT, OTHER_REDIRECT),
                List.of("files:read"), "none", List.of("authorization_code", "refresh_token"), now, now, false, null),
                "fixture");
        clients.add(new RegisteredClient(BASIC_CLIENT, Secrets.hash(SECRET), "Basic", List.of(REDIRECT), SCOPES,
                "client_secret_basic", List.of("authorization_code", "refresh_token"), now, now, false, null), "fixture");
        clients.add(new RegisteredClient(POST_CLIENT, Secrets.hash(SECRET), "Post", List.of(OTHER_REDIRECT),
                List.of(), "client_secret_post", List.of("authorization_code"), now, now, false, null), "fixture");
        SigningKeys keys = new SigningKeys(db, "ES256", Duration.ofDays(30), Duration.ofMinutes(5));
        keys.refresh(now);
        // Metadata documents off (no outbound fetches while fuzzing); the status cache is only invalidated here,
        // never asked, since the fixture has no resource server.
        ClientDirectory directory = new ClientDirectory(clients, null,
                new ClientStatusCache(clients, null, Duration.ofSeconds(30)));
        routes = new AuthorizationServerRoutes(config(), new Endpoints(ISSUER, RESOURCE), "Fuzz server",
                new ScopeCatalog(buildConfig(), new ToolPolicies(List.of())), clients, directory, grants,
                new ConsentStore(db), keys, (user, password) -> Optional.empty(),
                new AuthorizationServerAudit(new ObjectMapper(), false, new NoEvents()), new PendingAuthorizations(
                        1_000_000),
                AddressRateLimits.none(), () -> null);
    }

    Handler<RoutingContext> handler(String path) {
        return routes.handler(path);
    }

    /** The grant of {@link #GRANT} for {@code clientId}, with a fresh code and refresh token. */
    void resetGrant(String clientId) {
        db.update("DELETE FROM warden_refresh_token");
        db.update("DELETE FROM warden_authorization_code");
        db.update("DELETE FROM warden_grant");
        long now = System.currentTimeMillis() / 1000;
        grants.addGrant(new Grant(GRANT, clientId, "alice", GRANT_SCOPES, RESOURCE, now, "pwd", false), now);
        grants.addCode(CODE, GRANT, REDIRECT, CHALLENGE, now + 60);
        grants.addRefreshToken(REFRESH_TOKEN, GRANT, now + 3600);
    }

    private static String schema() {
        StringBuilder schema = new StringBuilder();
        for (String migration : MIGRATIONS) {
            String location = "db/mcp-warden-authorization-server/" + migration;
            try (InputStream in = Fixture.class.getClassLoader().getResourceAsStream(location)) {
                schema.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", ""))
                        .append(";\n");
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("Migration " + location + " is missing", e);
            }
        }
        return schema.toString();
    }

    private static AuthorizationServerConfig config() {
        AuthorizationServerConfig.Registration registration = new AuthorizationServerConfig.Registration() {
            public boolean enabled() {
                return true;
            }

            public Optional<List<String>> allowedRedirectHosts() {
                return Optional.of(List.of(ALLOWED_HTTPS_HOST));
            }

            public Optional<String> initialAccessToken() {
                return Optional.empty();
            }

            public List<String> allowedAuthMethods() {
                return AUTH_METHODS;
            }

            public int maxClients() {
                return Integer.MAX_VALUE;
            }

            public int maxPerAddressPerHour() {
                return Integer.MAX_VALUE;
            }

            public Duration unusedClientExpiry() {
                return Duration.ofDays(90);
            }
        };
        AuthorizationServerConfig.Signing signing = new AuthorizationServerConfig.Signing() {
            public String algorithm() {
                return "ES256";
            }

            public Duration rotationPeriod() {
                return Duration.ofDays(30);
            }
        };
        AuthorizationServerConfig.ClientMetadataDocuments documents = new AuthorizationServerConfig.ClientMetadataDocuments() {
            public boolean enabled() {
                return false;
            }

            public int maxSize() {
                return 5120;
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(2);
            }

            public Duration fetchTimeout() {
                return Duration.ofSeconds(5);
            }

            public Duration defaultCacheTime() {
                return Duration.ofMinutes(5);
            }

            public Duration maxCacheTime() {
                return Duration.ofHours(1);
            }

            public boolean allowPrivateAddresses() {
                return false;
            }

            public Optional<String> trustedCertificates() {
                return Optional.empty();
            }
        };
        AuthorizationServerConfig.Admin admin = new AuthorizationServerConfig.Admin() {
            public boolean enabled() {
                return false;
            }

            public String scope() {
                return "warden:admin";
            }

            public Optional<List<String>> users() {
                return Optional.empty();
            }

            public Duration clientStatusCacheTime() {
                return Duration.ofSeconds(30);
            }
        };
        // No rate limit: the fuzzer sends far more requests from one address than any limit allows.
        AuthorizationServerConfig.RateLimits rateLimits = new AuthorizationServerConfig.RateLimits() {
            public int authorizePerAddressPerMinute() {
                return 0;
            }

            public int loginPerAddressPerMinute() {
                return 0;
            }

            public int tokenPerAddressPerMinute() {
                return 0;
            }

            public int revocationPerAddressPerMinute() {
                return 0;
            }

            public int maxTrackedAddresses() {
                return 1;
            }
        };
        return new AuthorizationServerConfig() {
            public boolean enabled() {
                return true;
            }

            public Optional<String> publicBaseUrl() {
                return Optional.of(ISSUER);
            }

            public Duration accessTokenLifetime() {
                return Duration.ofMinutes(5);
            }

            public Duration refreshTokenLifetime() {
                return Duration.ofDays(30);
            }

            public Duration authorizationCodeLifetime() {
                return Duration.ofSeconds(60);
            }

            public Duration loginTimeout() {
                return Duration.ofMinutes(10);
            }

            public Signing signing() {
                return signing;
            }

            public Map<String, User> users() {
                return Map.of();
            }

            public Registration registration() {
                return registration;
            }

            public ClientMetadataDocuments clientMetadataDocuments() {
                return documents;
            }

            public Admin admin() {
                return admin;
            }

            public RateLimits rateLimits() {
                return rateLimits;
            }
        };
    }

    /** Only {@code scopes()} is read by the scope catalog. */
    private static WardenBuildTimeConfig buildConfig() {
        Map<String, WardenBuildTimeConfig.Scope> scopes = new java.util.LinkedHashMap<>();
        for (String name : SCOPES) {
            scopes.put(name, new WardenBuildTimeConfig.Scope() {
                public Optional<String> description() {
                    return Optional.of("Scope " + name);
                }

                public Optional<List<String>> implies() {
                    return name.equals("files:write") ? Optional.of(List.of("files:read")) : Optional.empty();
                }
            });
        }
        return (WardenBuildTimeConfig) Proxy.newProxyInstance(Fixture.class.getClassLoader(),
                new Class<?>[] { WardenBuildTimeConfig.class }, (self, method, args) -> {
                    if (method.getName().equals("scopes")) {
                        return scopes;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static final class NoEvents implements Event<AuthorizationServerEvent> {
        public void fire(AuthorizationServerEvent event) {
        }

        public <U extends AuthorizationServerEvent> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        public <U extends AuthorizationServerEvent> CompletionStage<U> fireAsync(U event,
                NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        public Event<AuthorizationServerEvent> select(Annotation... qualifiers) {
            return this;
        }

        public <U extends AuthorizationServerEvent> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        public <U extends AuthorizationServerEvent> Event<U> select(TypeLiteral<U> subtype,
                Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
