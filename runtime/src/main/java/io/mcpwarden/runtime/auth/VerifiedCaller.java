package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import io.mcpwarden.auth.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Caller} behind a verified token, with its scopes expanded through the scope hierarchy once.
 */
public final class VerifiedCaller implements Caller {

    private final SecurityIdentity identity;
    private final Function<String, Object> claims;
    private final String subject;
    private final String issuer;
    private final Instant expiresAt;
    private final Set<String> grantedScopes;
    private final Set<String> effectiveScopes;
    private final String clientId;

    /**
     * @param claims looks a top-level claim up by name (JWT claims or an introspection response)
     */
    VerifiedCaller(SecurityIdentity identity, Function<String, Object> claims, String subject, String issuer,
            Instant expiresAt, Set<String> grantedScopes, Set<String> effectiveScopes) {
        this.identity = identity;
        this.claims = claims;
        this.subject = subject;
        this.issuer = issuer;
        this.expiresAt = expiresAt;
        this.grantedScopes = grantedScopes;
        this.effectiveScopes = effectiveScopes;
        Object client = plain(claims.apply("client_id"));
        this.clientId = client != null ? client.toString()
                : claims.apply("azp") == null ? null : plain(claims.apply("azp")).toString();
    }

    /**
     * The Quarkus security identity, for {@code SecurityIdentity} and {@code JsonWebToken} injection in tools.
     */
    public SecurityIdentity identity() {
        return identity;
    }

    /**
     * The scopes granted plus those they imply.
     */
    public Set<String> effectiveScopes() {
        return effectiveScopes;
    }

    /**
     * What a session is bound to: the same issuer, subject and client must use it.
     */
    public String sessionOwner() {
        return issuer() + '\n' + subject() + '\n' + clientId;
    }

    @Override
    public boolean authenticated() {
        return true;
    }

    @Override
    public String subject() {
        return subject;
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public String issuer() {
        return issuer;
    }

    @Override
    public Set<String> grantedScopes() {
        return grantedScopes;
    }

    @Override
    public boolean hasScope(String scope) {
        return effectiveScopes.contains(scope);
    }

    @Override
    public Optional<Object> claim(String path) {
        Object whole = claims.apply(path);
        if (whole != null) {
            // a top-level claim whose name has dots, such as https://example.com/roles
            return Optional.ofNullable(plain(whole));
        }
        Object value = null;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            if (i == 0) {
                value = claims.apply(segments[0]);
            } else if (value instanceof JsonObject object) {
                value = object.get(segments[i]);
            } else if (value instanceof Map<?, ?> map) {
                value = map.get(segments[i]);
            } else {
                return Optional.empty();
            }
        }
        return Optional.ofNullable(plain(value));
    }

    @Override
    public Optional<String> acr() {
        return Optional.ofNullable(plain(claims.apply("acr"))).map(Object::toString);
    }

    @Override
    public Optional<Instant> authTime() {
        return epochSeconds("auth_time");
    }

    /**
     * When the token was issued: its {@code iat}, if it has a numeric one.
     */
    public Optional<Instant> issuedAt() {
        return epochSeconds("iat");
    }

    private Optional<Instant> epochSeconds(String claim) {
        Object value = claims.apply(claim);
        if (value instanceof Number number) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        if (value instanceof JsonNumber number) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        return Optional.empty();
    }

    @Override
    public Instant expiresAt() {
        return expiresAt;
    }

    static Object plain(Object value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.isIntegral() ? (Object) number.longValue() : number.doubleValue();
        }
        if (value instanceof JsonArray array) {
            return array.stream().map(VerifiedCaller::plain).toList();
        }
        if (value == JsonValue.TRUE) {
            return Boolean.TRUE;
        }
        if (value == JsonValue.FALSE) {
            return Boolean.FALSE;
        }
        if (value == JsonValue.NULL) {
            return null;
        }
        return value;
    }
}
