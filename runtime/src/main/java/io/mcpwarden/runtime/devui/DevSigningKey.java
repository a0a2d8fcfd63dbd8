package io.mcpwarden.runtime.devui;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.UUID;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The key that signs the tokens the Dev UI mints: an ES256 key pair generated in memory when the dev-mode application
 * first needs it, never written anywhere, and gone when the application stops (a live reload keeps it, a restart of
 * {@code quarkus:dev} does not). Tokens it signs name {@link #ISSUER} as their issuer.
 * <p>
 * Its bean exists only in local dev mode (registered by a build step that runs only then), and constructing it in any
 * other launch mode fails.
 */
public final class DevSigningKey {

    /**
     * The issuer of Dev UI tokens: no identity provider uses it, so no real token is mistaken for one.
     */
    public static final String ISSUER = "urn:mcp-warden:dev-ui";
    /**
     * The {@code client_id} of Dev UI tokens.
     */
    public static final String CLIENT_ID = "mcp-warden-dev-ui";

    private final PublicJsonWebKey key;

    public DevSigningKey() {
        LocalDevMode.require("The Dev UI signing key");
        try {
            PublicJsonWebKey generated = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            generated.setKeyId("dev-ui-" + UUID.randomUUID());
            this.key = generated;
        } catch (JoseException e) {
            throw new IllegalStateException("Could not generate the Dev UI signing key", e);
        }
    }

    PrivateKey signingKey() {
        return key.getPrivateKey();
    }

    PublicKey verificationKey() {
        return key.getPublicKey();
    }

    String keyId() {
        return key.getKeyId();
    }
}
