package io.mcpwarden.runtime.auth;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.mcpwarden.auth.Caller;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The {@link Caller} behind a verified token, with its scopes expanded through the scope hierarchy once.
 */
public final class VerifiedCaller implements Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Set<String> grantedScopes;
    private final Set<String> effectiveScopes;
    private final String clientId;

    VerifiedCaller(SecurityIdentity identity, JsonWebToken token, Set<String> grantedScopes,
            Set<String> effectiveScopes) {
        this.identity = identity;
        this.token = token;
        this.grantedScopes = grantedScopes;
        this.effectiveScopes = effectiveScopes;
        String client = token.getClaim("client_id");
        this.clientId = client != null ? client : token.getClaim("azp");
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
        return token.getSubject();
    }

    @Override
    public String clientId() {
        return clientId;
    }

    @Override
    public String issuer() {
        return token.getIssuer();
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
        Object value = null;
        String[] segments = path.split("\\.");
        for (int i = 0; i < segments.length; i++) {
            if (i == 0) {
                value = token.getClaim(segments[0]);
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
        return Optional.ofNullable(token.getClaim("acr")).map(Object::toString);
    }

    @Override
    public Optional<Instant> authTime() {
        Object authTime = token.getClaim("auth_time");
        if (authTime instanceof Number number) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        if (authTime instanceof JsonNumber number) {
            return Optional.of(Instant.ofEpochSecond(number.longValue()));
        }
        return Optional.empty();
    }

    @Override
    public Instant expiresAt() {
        return Instant.ofEpochSecond(token.getExpirationTime());
    }

    private static Object plain(Object value) {
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
