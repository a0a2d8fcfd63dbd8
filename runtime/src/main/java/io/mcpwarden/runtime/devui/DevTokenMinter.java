package io.mcpwarden.runtime.devui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;

/**
 * Mints access tokens for trying tools from the Dev UI: signed with the in-memory {@link DevSigningKey}, with this
 * server's resource URI as audience, the chosen subject, declared scopes and extra claims. Only the dev-mode
 * {@link DevTokenIdentityProvider} accepts them.
 * <p>
 * Its bean exists only in local dev mode (registered by a build step that runs only then).
 */
public final class DevTokenMinter {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Set by the minter; an extra claim may not replace them. */
    static final Set<String> RESERVED = Set.of("iss", "sub", "aud", "exp", "iat", "nbf", "jti", "scope", "scp");

    /**
     * A minted token and what it says.
     *
     * @param token the compact JWT
     * @param claims its claims
     */
    public record MintedToken(String token, Map<String, Object> claims) {
    }

    /**
     * The request cannot be minted (the message says why, for the Dev UI).
     */
    public static final class MintRefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MintRefusedException(String message) {
            super(message);
        }
    }

    private final DevSigningKey key;
    private final WardenRuntimeConfig config;
    private final WardenBuildTimeConfig buildConfig;

    public DevTokenMinter(DevSigningKey key, WardenRuntimeConfig config, WardenBuildTimeConfig buildConfig) {
        LocalDevMode.require("Dev UI token minting");
        this.key = key;
        this.config = config;
        this.buildConfig = buildConfig;
    }

    /**
     * Why tokens cannot be minted in this application, or null when they can.
     */
    public String unavailableReason() {
        if (!config.auth().enabled()) {
            return "Authentication is off (quarkus.warden.auth.enabled=false): every tool can be called without a "
                    + "token, so there is nothing to mint.";
        }
        if (config.resource().isEmpty()) {
            return "quarkus.warden.resource is not set: tokens need it as their audience.";
        }
        return null;
    }

    /**
     * The audience of minted tokens.
     */
    public String audience() {
        return config.resource().orElse(null);
    }

    public MintedToken mint(String subject, List<String> scopes, Map<String, Object> extraClaims) {
        String unavailable = unavailableReason();
        if (unavailable != null) {
            throw new MintRefusedException(unavailable);
        }
        if (subject == null || subject.isBlank()) {
            throw new MintRefusedException("A subject is required.");
        }
        List<String> undeclared = scopes.stream().filter(s -> !buildConfig.scopes().containsKey(s)).toList();
        if (!undeclared.isEmpty()) {
            throw new MintRefusedException("Not declared under quarkus.warden.scopes: " + String.join(", ", undeclared));
        }
        List<String> reserved = new ArrayList<>(extraClaims.keySet().stream().filter(RESERVED::contains).toList());
        if (!reserved.isEmpty()) {
            throw new MintRefusedException("These claims are set by the minter and cannot be given as extra claims: "
                    + String.join(", ", reserved));
        }
        long now = System.currentTimeMillis() / 1000;
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(DevSigningKey.ISSUER);
        claims.setSubject(subject.trim());
        claims.setAudience(config.resource().get());
        claims.setClaim("client_id", DevSigningKey.CLIENT_ID);
        claims.setClaim("scope", String.join(" ", scopes));
        claims.setIssuedAt(NumericDate.fromSeconds(now));
        claims.setExpirationTime(NumericDate.fromSeconds(now + LIFETIME.toSeconds()));
        claims.setJwtId(UUID.randomUUID().toString());
        extraClaims.forEach(claims::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.signingKey());
        jws.setKeyIdHeaderValue(key.keyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setHeader("typ", DevTokenIdentityProvider.TYPE);
        try {
            return new MintedToken(jws.getCompactSerialization(), new LinkedHashMap<>(claims.getClaimsMap()));
        } catch (JoseException e) {
            throw new IllegalStateException("Could not sign a Dev UI token", e);
        }
    }
}
