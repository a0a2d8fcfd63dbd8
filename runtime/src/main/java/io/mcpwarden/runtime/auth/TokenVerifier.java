package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.lang.JoseException;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.oidc.TokenIntrospection;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.ext.web.RoutingContext;

/**
 * Verifies bearer tokens: the algorithm allow-list first (RFC 8725), then signature, issuer and lifetime through
 * quarkus-oidc (JWKS fetched and cached by it), then the audience, which must contain this server's resource URI
 * (RFC 8707). Verified tokens are cached until they expire. Any failure is an invalid token: this fails closed.
 */
public final class TokenVerifier {

    private static final Logger LOG = Logger.getLogger(TokenVerifier.class);

    private final IdentityProviderManager identityProviders;
    private final String resource;
    private final Set<String> allowedAlgorithms;
    private final ScopeHierarchy scopes;
    private final VerifiedTokenCache cache;
    private final TokenCacheStatistics statistics = new TokenCacheStatistics();
    private final EmbeddedAuthorizationServer embedded;
    private final String embeddedIssuer;

    /**
     * @param embedded the built-in authorization server, or null when it is off: its tokens are accepted only while
     *        it accepts their client
     */
    public TokenVerifier(IdentityProviderManager identityProviders, String resource, Set<String> allowedAlgorithms,
            ScopeHierarchy scopes, int cacheSize, EmbeddedAuthorizationServer embedded) {
        this.embedded = embedded;
        this.embeddedIssuer = embedded == null ? null : embedded.issuer().orElse(null);
        this.identityProviders = identityProviders;
        this.resource = resource;
        this.allowedAlgorithms = Set.copyOf(allowedAlgorithms);
        this.scopes = scopes;
        this.cache = new VerifiedTokenCache(cacheSize);
    }

    /**
     * Completes with the verified caller, or with {@link InvalidTokenException}.
     */
    public CompletionStage<VerifiedCaller> verify(String token, RoutingContext request) {
        CompletionStage<VerifiedCaller> verified = verifySignedToken(token, request);
        return embeddedIssuer == null ? verified : verified.thenCompose(this::checkEmbeddedClient);
    }

    /**
     * A token of the built-in authorization server is accepted only while that server still accepts its client (not
     * disabled or deleted by an operator, and not disabled since the token was issued); checked on cache hits too.
     */
    private CompletionStage<VerifiedCaller> checkEmbeddedClient(VerifiedCaller caller) {
        if (!embeddedIssuer.equals(caller.issuer())) {
            return CompletableFuture.completedFuture(caller);
        }
        if (caller.clientId() == null) {
            LOG.debug("Bearer token refused: a token of the built-in authorization server without client_id");
            return CompletableFuture.failedFuture(new InvalidTokenException());
        }
        return embedded.acceptsToken(caller.clientId(), caller.issuedAt().orElse(null)).thenApply(accepted -> {
            if (!Boolean.TRUE.equals(accepted)) {
                LOG.debug("Bearer token refused: its client is disabled, deleted, or was disabled after the token");
                throw new InvalidTokenException();
            }
            return caller;
        });
    }

    private CompletionStage<VerifiedCaller> verifySignedToken(String token, RoutingContext request) {
        String key = VerifiedTokenCache.key(token);
        VerifiedCaller cached = cache.get(key);
        if (cached != null) {
            statistics.hit();
            return CompletableFuture.completedFuture(cached);
        }
        statistics.miss();
        String refusal = checkAlgorithm(token);
        if (refusal != null) {
            LOG.debugf("Bearer token refused: %s", refusal);
            return CompletableFuture.failedFuture(new InvalidTokenException());
        }
        // The request goes along so that quarkus-oidc resolves the tenant as it would for its own mechanism:
        // quarkus.oidc.resolve-tenants-with-issuer, TenantResolver beans, tenant paths.
        TokenAuthenticationRequest authentication = new TokenAuthenticationRequest(new AccessTokenCredential(token));
        HttpSecurityUtils.setRoutingContextAttribute(authentication, request);
        return identityProviders.authenticate(authentication)
                .subscribeAsCompletionStage()
                .handle((identity, failure) -> {
                    if (failure != null) {
                        // The provider's message may quote claims: keep it out of DEBUG logs.
                        LOG.debug("Bearer token refused by the identity provider");
                        LOG.tracef("Bearer token refusal detail: %s", failure.getMessage());
                        throw new InvalidTokenException();
                    }
                    VerifiedCaller caller = toCaller(identity);
                    cache.put(key, caller);
                    return caller;
                });
    }

    public TokenCacheStatistics statistics() {
        return statistics;
    }

    private String checkAlgorithm(String token) {
        long dots = token.chars().filter(c -> c == '.').count();
        if (dots == 4) {
            return "encrypted tokens are not accepted";
        }
        if (dots != 2) {
            return null; // opaque: introspection decides
        }
        try {
            JsonWebStructure structure = JsonWebStructure.fromCompactSerialization(token);
            if (structure instanceof JsonWebEncryption) {
                return "encrypted tokens are not accepted";
            }
            String algorithm = structure.getAlgorithmHeaderValue();
            return allowedAlgorithms.contains(algorithm) ? null : "algorithm not allowed";
        } catch (JoseException | RuntimeException e) {
            return "malformed token";
        }
    }

    /**
     * The caller of a JWT (claims from the token) or of an opaque token (claims from the introspection response).
     */
    private VerifiedCaller toCaller(SecurityIdentity identity) {
        Function<String, Object> claims;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            claims = jwt::getClaim;
        } else if (identity.getAttribute("introspection") instanceof TokenIntrospection introspection) {
            JsonObject response = introspection.getJsonObject();
            claims = response::get;
        } else {
            LOG.debug("Bearer token refused: neither a JWT nor an introspected token");
            throw new InvalidTokenException();
        }
        Object subject = VerifiedCaller.plain(claims.apply("sub"));
        Object issuer = VerifiedCaller.plain(claims.apply("iss"));
        Object expiry = VerifiedCaller.plain(claims.apply("exp"));
        if (subject == null || issuer == null || !(expiry instanceof Number exp) || exp.longValue() <= 0) {
            LOG.debug("Bearer token refused: sub, iss and exp are required");
            throw new InvalidTokenException();
        }
        if (!audience(claims.apply("aud")).contains(resource)) {
            LOG.debug("Bearer token refused: its audience does not contain this server's resource URI");
            throw new InvalidTokenException();
        }
        Set<String> granted = new LinkedHashSet<>();
        addScopes(granted, claims.apply("scope"));
        addScopes(granted, claims.apply("scp"));
        granted = Set.copyOf(granted);
        return new VerifiedCaller(identity, claims, subject.toString(), issuer.toString(),
                Instant.ofEpochSecond(exp.longValue()), granted, scopes.expand(granted));
    }

    private static Set<String> audience(Object claim) {
        Object value = VerifiedCaller.plain(claim);
        if (value instanceof String single) {
            return Set.of(single);
        }
        if (value instanceof Iterable<?> values) {
            Set<String> audience = new LinkedHashSet<>();
            values.forEach(v -> audience.add(String.valueOf(VerifiedCaller.plain(v))));
            return audience;
        }
        return Set.of();
    }

    private static void addScopes(Set<String> target, Object claim) {
        if (claim instanceof String text) {
            target.addAll(Arrays.asList(text.trim().split("\\s+")));
        } else if (claim instanceof JsonString text) {
            target.addAll(Arrays.asList(text.getString().trim().split("\\s+")));
        } else if (claim instanceof JsonArray array) {
            array.forEach(v -> {
                if (v instanceof JsonString s) {
                    target.add(s.getString());
                }
            });
        } else if (claim instanceof Iterable<?> values) {
            values.forEach(v -> target.add(String.valueOf(v)));
        }
        target.remove("");
    }

    /**
     * The token was not accepted; the reason is logged at debug level only.
     */
    public static final class InvalidTokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        InvalidTokenException() {
            super("invalid token", null, false, false);
        }
    }
}
