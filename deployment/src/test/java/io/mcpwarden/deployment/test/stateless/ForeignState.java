package io.mcpwarden.deployment.test.stateless;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;

/**
 * A request state sealed outside the server under test, the way another instance seals one: a JWE (direct key,
 * A256GCM) with the binding digest (SHA-256 over the length-prefixed caller, method, target and canonical
 * arguments), an expiry and the method's state.
 */
final class ForeignState {

    private ForeignState() {
    }

    /** Sealed with {@code base64Key}, or with a fresh random key when it is null. */
    static String seal(String base64Key, String state, String... bindingParts) {
        try {
            SecretKey key;
            if (base64Key == null) {
                KeyGenerator generator = KeyGenerator.getInstance("AES");
                generator.init(256);
                key = generator.generateKey();
            } else {
                key = new SecretKeySpec(Base64.getDecoder().decode(base64Key), "AES");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : bindingParts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
                digest.update(bytes);
            }
            String binding = Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest());
            JsonWebEncryption jwe = new JsonWebEncryption();
            jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.DIRECT);
            jwe.setEncryptionMethodHeaderParameter(ContentEncryptionAlgorithmIdentifiers.AES_256_GCM);
            jwe.setKey(key);
            jwe.setPayload("{\"b\":\"" + binding + "\",\"exp\":" + (Instant.now().getEpochSecond() + 600)
                    + ",\"s\":\"" + state + "\"}");
            return jwe.getCompactSerialization();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
