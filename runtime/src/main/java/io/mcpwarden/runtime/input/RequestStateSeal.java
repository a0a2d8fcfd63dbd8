package io.mcpwarden.runtime.input;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwe.ContentEncryptionAlgorithmIdentifiers;
import org.jose4j.jwe.JsonWebEncryption;
import org.jose4j.jwe.KeyManagementAlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Seals the {@code requestState} of multi-round-trip results: a JWE (direct AES-256-GCM key, so encrypted and
 * authenticated) holding the method's own state, the digest of what it is bound to and an expiry. The client only
 * carries it; opening it fails for any change, another binding or a lapsed lifetime, and never says which.
 */
public final class RequestStateSeal {

    /** The longest {@code requestState} a request may carry; longer ones are refused unopened. */
    static final int MAX_SEALED_LENGTH = 65_536;
    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final long lifetimeSeconds;
    private final ObjectMapper mapper;
    private final Clock clock;

    RequestStateSeal(SecretKey key, Duration lifetime, ObjectMapper mapper, Clock clock) {
        this.key = key;
        this.lifetimeSeconds = Math.max(1, lifetime.toSeconds());
        this.mapper = mapper;
        this.clock = clock;
    }

    /**
     * A seal with the configured key (the Base64 of 32 bytes), or with a random key of this instance when none is
     * configured.
     *
     * @throws IllegalArgumentException when the configured key is not the Base64 of 32 bytes
     */
    public static RequestStateSeal create(String configuredKey, Duration lifetime, ObjectMapper mapper) {
        return new RequestStateSeal(configuredKey == null ? randomKey() : parseKey(configuredKey), lifetime, mapper,
                Clock.systemUTC());
    }

    static SecretKey parseKey(String configured) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(configured.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("quarkus.warden.request-state.key must be the Base64 of 32 random bytes");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException("quarkus.warden.request-state.key must be the Base64 of 32 random bytes,"
                    + " not of " + bytes.length);
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static SecretKey randomKey() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(KEY_BYTES * 8);
            return generator.generateKey();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    /**
     * Seals {@code state} for a later request with the same binding.
     */
    String seal(String state, byte[] binding) {
        ObjectNode payload = mapper.createObjectNode();
        payload.put("b", Base64.getUrlEncoder().withoutPadding().encodeToString(binding));
        payload.put("exp", clock.instant().getEpochSecond() + lifetimeSeconds);
        payload.put("s", state);
        JsonWebEncryption jwe = new JsonWebEncryption();
        jwe.setAlgorithmHeaderValue(KeyManagementAlgorithmIdentifiers.DIRECT);
        jwe.setEncryptionMethodHeaderParameter(ContentEncryptionAlgorithmIdentifiers.AES_256_GCM);
        jwe.setKey(key);
        jwe.setPayload(payload.toString());
        try {
            return jwe.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot seal the request state", e);
        }
    }

    /**
     * The state sealed in {@code sealed}, or null when it does not open: changed, made with another key, bound to
     * something else, or expired.
     */
    String open(String sealed, byte[] binding) {
        if (sealed.length() > MAX_SEALED_LENGTH) {
            return null;
        }
        JsonNode payload;
        try {
            JsonWebEncryption jwe = new JsonWebEncryption();
            jwe.setAlgorithmConstraints(new AlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                    KeyManagementAlgorithmIdentifiers.DIRECT));
            jwe.setContentEncryptionAlgorithmConstraints(new AlgorithmConstraints(
                    AlgorithmConstraints.ConstraintType.PERMIT, ContentEncryptionAlgorithmIdentifiers.AES_256_GCM));
            jwe.setCompactSerialization(sealed);
            jwe.setKey(key);
            payload = mapper.readTree(jwe.getPayload());
        } catch (JoseException | RuntimeException | java.io.IOException e) {
            return null;
        }
        JsonNode boundTo = payload.get("b");
        JsonNode expiry = payload.get("exp");
        JsonNode state = payload.get("s");
        if (boundTo == null || !boundTo.isTextual() || expiry == null || !expiry.canConvertToLong() || state == null
                || !state.isTextual()) {
            return null;
        }
        byte[] expected = Base64.getUrlEncoder().withoutPadding().encode(binding);
        if (!MessageDigest.isEqual(expected, boundTo.textValue().getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        if (clock.instant().getEpochSecond() >= expiry.longValue()) {
            return null;
        }
        return state.textValue();
    }

    /**
     * The SHA-256 digest of the parts, each length-prefixed so that no two lists of parts share a digest.
     */
    static byte[] digest(String... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
                digest.update((byte) ':');
                digest.update(bytes);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
