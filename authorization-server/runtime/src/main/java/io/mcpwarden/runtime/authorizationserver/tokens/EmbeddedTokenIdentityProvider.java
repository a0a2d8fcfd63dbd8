package io.mcpwarden.runtime.authorizationserver.tokens;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;

import io.mcpwarden.runtime.authorizationserver.keys.SigningKeys;
import io.quarkus.runtime.util.StringUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;

/**
 * Verifies the signature, issuer, type and lifetime of the access tokens this server issued, with its own keys and no
 * HTTP round trip; tokens of any other issuer go on to quarkus-oidc. The caller (the resource server's
 * {@code TokenVerifier}) then applies the same audience and scope rules to both, so there is one verification path.
 */
@Singleton
public class EmbeddedTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(EmbeddedTokenIdentityProvider.class);
    private static final JwtConsumer ISSUER_READER = new JwtConsumerBuilder().setSkipAllValidators()
            .setDisableRequireSignature().setSkipSignatureVerification().build();

    private volatile String issuer;
    private volatile JwtConsumer consumer;

    /**
     * Starts accepting tokens of this issuer, verified with these keys.
     */
    public void activate(String issuer, SigningKeys keys) {
        this.consumer = new JwtConsumerBuilder()
                .setExpectedIssuer(issuer)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setSkipDefaultAudienceValidation()
                .setExpectedType(true, AccessTokenIssuer.TYPE)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> {
                    var key = keys.verificationKey(jws.getKeyIdHeaderValue());
                    if (key == null) {
                        throw new org.jose4j.lang.UnresolvableKeyException("unknown key id");
                    }
                    return key;
                })
                .build();
        this.issuer = issuer;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of quarkus-oidc's provider, which would otherwise try (and fail) the embedded issuer's tokens.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 1000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String ours = issuer;
        String token = request.getToken().getToken();
        if (ours == null || StringUtil.isNullOrEmpty(token) || !ours.equals(unverifiedIssuer(token))) {
            return Uni.createFrom().nullItem();
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new DefaultJWTCallerPrincipal(token, AccessTokenIssuer.TYPE, claims))
                    .addCredential(request.getToken())
                    .build());
        } catch (InvalidJwtException e) {
            LOG.debug("Bearer token of the embedded authorization server refused");
            if (LOG.isTraceEnabled()) {
                LOG.tracef("Refusal detail: %s", redacted(e.getMessage(), token));
            }
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
    }

    /**
     * jose4j quotes the whole compact serialization in some messages (an invalid signature, an unknown key): the token,
     * or its signature on a tampered payload, must not reach the log.
     */
    static String redacted(String message, String token) {
        if (message == null) {
            return null;
        }
        String redacted = message.replace(token, "<token>");
        String signature = token.substring(token.lastIndexOf('.') + 1);
        return signature.isEmpty() ? redacted : redacted.replace(signature, "<signature>");
    }

    private static String unverifiedIssuer(String token) {
        try {
            JwtContext context = ISSUER_READER.process(token);
            return context.getJwtClaims().getIssuer();
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException | RuntimeException e) {
            return null;
        }
    }
}
