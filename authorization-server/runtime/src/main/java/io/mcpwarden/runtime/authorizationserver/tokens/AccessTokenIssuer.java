package io.mcpwarden.runtime.authorizationserver.tokens;

import java.time.Duration;

import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.mcpwarden.runtime.authorizationserver.store.Grant;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;

/**
 * Signs access tokens in the JWT profile of RFC 9068: header {@code typ: at+jwt}; claims iss, sub, aud (the RFC 8707
 * resource), client_id, scope, exp, iat, jti, auth_time, acr.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9068">RFC 9068</a>
 */
public final class AccessTokenIssuer {

    public static final String TYPE = "at+jwt";

    private final String issuer;
    private final SigningKeys keys;
    private final Duration lifetime;

    public AccessTokenIssuer(String issuer, SigningKeys keys, Duration lifetime) {
        this.issuer = issuer;
        this.keys = keys;
        this.lifetime = lifetime;
    }

    public String issue(Grant grant, long now) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setSubject(grant.subject());
        claims.setAudience(grant.resource());
        claims.setClaim("client_id", grant.clientId());
        claims.setClaim("scope", String.join(" ", grant.scopes()));
        claims.setIssuedAt(org.jose4j.jwt.NumericDate.fromSeconds(now));
        claims.setExpirationTime(org.jose4j.jwt.NumericDate.fromSeconds(now + lifetime.toSeconds()));
        claims.setJwtId(Secrets.newId());
        claims.setClaim("auth_time", grant.authTime());
        claims.setClaim("acr", grant.acr());
        PublicJsonWebKey key = keys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(keys.algorithm());
        jws.setHeader("typ", TYPE);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign an access token", e);
        }
    }

    public long lifetimeSeconds() {
        return lifetime.toSeconds();
    }
}
