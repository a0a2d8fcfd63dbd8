package io.mcpwarden.deployment.test.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Real RS256 tokens signed with the test identity provider's keys (smallrye-jwt-build).
 */
public final class TestTokens {

    public static final String RESOURCE = "http://127.0.0.1:8091/mcp";

    private TestTokens() {
    }

    static Builder builder(TestIdentityProvider idp) {
        return new Builder(idp);
    }

    public static final class Builder {
        private final TestIdentityProvider idp;
        private String issuer;
        private String subject = "alice";
        private String clientId = "test-client";
        private String[] audience = { RESOURCE };
        private String scope;
        private Instant expiresAt = Instant.now().plusSeconds(300);
        private Instant notBefore;
        private String kid;
        private final java.util.Map<String, Object> extraClaims = new java.util.LinkedHashMap<>();

        Builder(TestIdentityProvider idp) {
            this.idp = idp;
            this.issuer = idp.issuer();
            this.kid = idp.currentKid();
        }

        public Builder subject(String subject) {
            this.subject = subject;
            return this;
        }

        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        public Builder issuer(String issuer) {
            this.issuer = issuer;
            return this;
        }

        public Builder audience(String... audience) {
            this.audience = audience;
            return this;
        }

        public Builder scope(String scope) {
            this.scope = scope;
            return this;
        }

        public Builder expiresAt(Instant expiresAt) {
            this.expiresAt = expiresAt;
            return this;
        }

        public Builder notBefore(Instant notBefore) {
            this.notBefore = notBefore;
            return this;
        }

        /**
         * Any other claim: strings, numbers, booleans, lists and maps (nested objects).
         */
        public Builder claim(String name, Object value) {
            extraClaims.put(name, value);
            return this;
        }

        public Builder kid(String kid) {
            this.kid = kid;
            return this;
        }

        private JwtClaimsBuilder claims() {
            JwtClaimsBuilder claims = Jwt.issuer(issuer).subject(subject).claim("client_id", clientId)
                    .audience(new java.util.HashSet<>(Arrays.asList(audience))).issuedAt(Instant.now().minusSeconds(5))
                    .expiresAt(expiresAt);
            if (scope != null) {
                claims.claim("scope", scope);
            }
            if (notBefore != null) {
                claims.claim("nbf", notBefore.getEpochSecond());
            }
            extraClaims.forEach(claims::claim);
            return claims;
        }

        /**
         * Signed with RS256 by the key {@link #kid(String)} (the provider's current key by default).
         */
        public String sign() {
            return claims().jws().keyId(kid).sign(idp.privateKey(kid));
        }

        /**
         * Signed with a key the provider never published, under the provider's current kid.
         */
        public String signWithForeignKey() {
            try {
                var generator = java.security.KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return claims().jws().keyId(kid).sign(generator.generateKeyPair().getPrivate());
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * An unsigned token ({@code alg: none}).
         */
        public String unsigned() {
            String header = TestIdentityProvider.base64Url("{\"alg\":\"none\",\"typ\":\"JWT\"}"
                    .getBytes(StandardCharsets.UTF_8));
            String signed = sign();
            return header + "." + signed.split("\\.")[1] + ".";
        }

        /**
         * HS256 with the provider's public key text as the HMAC secret: the classic algorithm-confusion forgery.
         */
        public String hmacWithPublicKey() {
            try {
                String header = TestIdentityProvider.base64Url(
                        ("{\"alg\":\"HS256\",\"typ\":\"JWT\",\"kid\":\"" + kid + "\"}").getBytes(StandardCharsets.UTF_8));
                String payload = sign().split("\\.")[1];
                javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
                byte[] secret = idp.publicJwk(kid).getBytes(StandardCharsets.UTF_8);
                mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
                byte[] signature = mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII));
                return header + "." + payload + "." + TestIdentityProvider.base64Url(signature);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
