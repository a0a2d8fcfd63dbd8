package io.mcpwarden.runtime.devui;

import org.jboss.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.lang.UnresolvableKeyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.jwt.auth.principal.DefaultJWTCallerPrincipal;
import io.smallrye.mutiny.Uni;

/**
 * Verifies the signature, issuer, type and lifetime of Dev UI tokens ({@link DevSigningKey#ISSUER}) with the
 * in-memory dev key; tokens of any other issuer go on to the other identity providers (the built-in authorization
 * server, quarkus-oidc). The resource server's {@code TokenVerifier} then applies its audience and scope rules, as to
 * every token, so a Dev UI token takes the application's normal verification path.
 * <p>
 * Its bean exists only in local dev mode; outside it, it would claim no token at all.
 */
public final class DevTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private static final Logger LOG = Logger.getLogger(DevTokenIdentityProvider.class);
    static final String TYPE = "at+jwt";
    private static final JwtConsumer ISSUER_READER = new JwtConsumerBuilder().setSkipAllValidators()
            .setDisableRequireSignature().setSkipSignatureVerification().build();

    private final JwtConsumer consumer;

    public DevTokenIdentityProvider(DevSigningKey key) {
        this.consumer = new JwtConsumerBuilder()
                .setExpectedIssuer(DevSigningKey.ISSUER)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setSkipDefaultAudienceValidation()
                .setExpectedType(true, TYPE)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setVerificationKeyResolver((jws, nesting) -> {
                    if (!key.keyId().equals(jws.getKeyIdHeaderValue())) {
                        throw new UnresolvableKeyException("not the Dev UI key");
                    }
                    return key.verificationKey();
                })
                .build();
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /**
     * Ahead of quarkus-oidc's provider and of the built-in authorization server's.
     */
    @Override
    public int priority() {
        return SYSTEM_FIRST + 2000;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        if (!LocalDevMode.active() || token == null || !DevSigningKey.ISSUER.equals(unverifiedIssuer(token))) {
            return Uni.createFrom().nullItem();
        }
        try {
            JwtClaims claims = consumer.processToClaims(token);
            return Uni.createFrom().item(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new DefaultJWTCallerPrincipal(token, TYPE, claims))
                    .addCredential(request.getToken())
                    .build());
        } catch (InvalidJwtException e) {
            // Signed by an earlier run of dev mode, expired, or tampered with: refused like any invalid token.
            LOG.debug("Dev UI token refused");
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
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
