package io.mcpwarden.test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Builds one access token for the application under test: an RS256 JWT signed by the {@link TestIdentityServer},
 * verified by the application exactly like a production token. Defaults: subject {@code alice}, client
 * {@code test-client}, no scopes, valid for five minutes, audience = the resource the application is configured
 * with ({@code quarkus.warden.resource}).
 * <p>
 * Besides {@link #sign()}, it makes the tokens a server must refuse ({@link #unsigned()},
 * {@link #signWithForeignKey()}, {@link #hmacWithPublicKey()}), for tests of your own security configuration.
 */
public final class TestTokenBuilder {

    private final TestIdentityServer idp;
    private String issuer;
    private String subject = "alice";
    private String clientId = "test-client";
    private String[] audience;
    private final Set<String> scopes = new LinkedHashSet<>();
    private Instant expiresAt = Instant.now().plusSeconds(300);
    private Instant notBefore;
    private String kid;
    private final Map<String, Object> claims = new LinkedHashMap<>();

    TestTokenBuilder(TestIdentityServer idp) {
        this.idp = idp;
        this.issuer = idp.issuer();
        this.kid = idp.currentKid();
    }

    /**
     * The {@code sub} claim (default {@code alice}).
     */
    public TestTokenBuilder subject(String subject) {
        this.subject = subject;
        return this;
    }

    /**
     * The {@code client_id} claim: the OAuth client the token was issued to (default {@code test-client}).
     */
    public TestTokenBuilder clientId(String clientId) {
        this.clientId = clientId;
        return this;
    }

    /**
     * Adds granted scopes, written space-separated into the {@code scope} claim (RFC 8693 section 4.2). Each argument
     * may itself hold several space-separated scopes.
     */
    public TestTokenBuilder scopes(String... scopes) {
        for (String scope : scopes) {
            this.scopes.addAll(Arrays.asList(scope.trim().split("\\s+")));
        }
        this.scopes.remove("");
        return this;
    }

    /**
     * Any other claim: strings, numbers, booleans, {@link java.util.List lists} and {@link Map maps} (nested
     * objects, for claims such as {@code realm_access.roles}).
     */
    public TestTokenBuilder claim(String name, Object value) {
        claims.put(name, value);
        return this;
    }

    /**
     * The {@code acr} claim: how the user authenticated (for instance {@code mfa}), checked by
     * {@link io.mcpwarden.auth.RequireAuthStrength}.
     */
    public TestTokenBuilder acr(String acr) {
        return claim("acr", acr);
    }

    /**
     * The {@code auth_time} claim: when the user authenticated, checked by
     * {@link io.mcpwarden.auth.RequireAuthStrength#maxAgeSeconds()}.
     */
    public TestTokenBuilder authTime(Instant authTime) {
        return claim("auth_time", authTime.getEpochSecond());
    }

    /**
     * The {@code exp} claim (default: five minutes from now).
     */
    public TestTokenBuilder expiresAt(Instant expiresAt) {
        this.expiresAt = expiresAt;
        return this;
    }

    /**
     * Sets {@code exp} to now plus this duration; a negative duration makes an expired token.
     */
    public TestTokenBuilder expiresIn(Duration lifetime) {
        return expiresAt(Instant.now().plus(lifetime));
    }

    /**
     * The {@code nbf} claim (absent by default).
     */
    public TestTokenBuilder notBefore(Instant notBefore) {
        this.notBefore = notBefore;
        return this;
    }

    /**
     * The {@code aud} claim. By default the resource the application is configured with, which is what it
     * requires; set another value to test that the application refuses tokens meant for someone else.
     */
    public TestTokenBuilder audience(String... audience) {
        this.audience = audience.clone();
        return this;
    }

    /**
     * The {@code iss} claim (default: the test identity provider's issuer).
     */
    public TestTokenBuilder issuer(String issuer) {
        this.issuer = issuer;
        return this;
    }

    /**
     * The key to sign with, by its {@code kid} (default: {@link TestIdentityServer#currentKid()}).
     */
    public TestTokenBuilder kid(String kid) {
        this.kid = kid;
        return this;
    }

    /**
     * The token, signed with RS256 by the key {@link #kid(String)}: what a real identity provider would issue.
     */
    public String sign() {
        return claims().jws().keyId(kid).sign(idp.privateKey(kid));
    }

    /**
     * A forgery: signed with a key the identity provider never published, under the kid of {@link #kid(String)}.
     */
    public String signWithForeignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims().jws().keyId(kid).sign(generator.generateKeyPair().getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A forgery: an unsigned token ({@code alg: none}).
     */
    public String unsigned() {
        String header = TestIdentityServer.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                .getBytes(StandardCharsets.UTF_8));
        return header + "." + sign().split("\\.")[1] + ".";
    }

    /**
     * A forgery: HS256 with the public key's JWK text as the HMAC secret, the classic algorithm-confusion attack.
     */
    public String hmacWithPublicKey() {
        try {
            String header = TestIdentityServer.base64Url(
                    ("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
            String payload = sign().split("\\.")[1];
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(idp.publicJwk(kid).getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
            return header + "." + payload + "." + TestIdentityServer.base64Url(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private JwtClaimsBuilder claims() {
        JwtClaimsBuilder builder = Jwt.issuer(issuer).subject(subject).claim("client_id", clientId)
                .audience(new LinkedHashSet<>(Arrays.asList(audience != null ? audience : defaultAudience())))
                .issuedAt(Instant.now().minusSeconds(5)).expiresAt(expiresAt);
        if (!scopes.isEmpty()) {
            builder.claim("scope", String.join(" ", scopes));
        }
        if (notBefore != null) {
            builder.claim("nbf", notBefore.getEpochSecond());
        }
        claims.forEach(builder::claim);
        return builder;
    }

    private String[] defaultAudience() {
        String resource = idp.resource();
        if (resource == null) {
            resource = ConfigProvider.getConfig().getOptionalValue("quarkus.warden.resource", String.class)
                    .orElseThrow(() -> new IllegalStateException("A test token needs an audience: start the "
                            + "application with @QuarkusTestResource(WardenTestIdentityProvider.class), set "
                            + "quarkus.warden.resource, or call audience(...) on the token"));
        }
        return new String[] { resource };
    }
}
