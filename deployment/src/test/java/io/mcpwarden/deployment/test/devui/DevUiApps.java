package io.mcpwarden.deployment.test.devui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

import io.mcpwarden.runtime.devui.DevSigningKey;
import io.mcpwarden.test.WardenTestIdentityProvider;

/**
 * The configuration of the Dev UI test applications, secured by the test kit's identity provider (an external IdP, as
 * most applications have), and tokens that look like Dev UI tokens but are signed by another key.
 */
final class DevUiApps {

    private DevUiApps() {
    }

    /**
     * application.properties for a secured application on this port, with the scopes of {@link DevUiTools}.
     */
    static String properties(int port) {
        StringBuilder properties = new StringBuilder()
                .append("quarkus.http.host=127.0.0.1\n")
                .append("quarkus.http.port=").append(port).append('\n')
                .append("quarkus.warden.scopes.\"orders\\:read\".description=Read orders\n")
                .append("quarkus.warden.scopes.\"orders\\:write\".description=Change orders\n");
        Map<String, String> idp = WardenTestIdentityProvider.configFor(
                Map.of(WardenTestIdentityProvider.PORT, Integer.toString(port)));
        idp.forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        return properties.toString();
    }

    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A token with every claim a Dev UI token has, signed by a key of its own: what a dev-minted token is to any
     * process other than the dev-mode process that minted it.
     */
    static String foreignDevIssuerToken(String audience, String scope) {
        try {
            PublicJsonWebKey key = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            key.setKeyId("dev-ui-elsewhere");
            long now = System.currentTimeMillis() / 1000;
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(DevSigningKey.ISSUER);
            claims.setSubject("forger");
            claims.setAudience(audience);
            claims.setClaim("client_id", DevSigningKey.CLIENT_ID);
            claims.setClaim("scope", scope);
            claims.setIssuedAtToNow();
            claims.setExpirationTimeMinutesInTheFuture(5);
            claims.setJwtId("forged-" + now);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(key.getPrivateKey());
            jws.setKeyIdHeaderValue(key.getKeyId());
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
            jws.setHeader("typ", "at+jwt");
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
