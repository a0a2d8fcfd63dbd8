package io.mcpwarden.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Remembers tokens already verified, keyed by the SHA-256 of the token, until the token expires. The key is a hash so
 * that lookups never compare or log raw tokens; the cached identity still holds the token's credential in memory, as
 * any Quarkus security identity does. Bounded: when full, expired entries go first, then everything.
 */
final class VerifiedTokenCache {

    // One digest per thread: looking the algorithm up on every request cost more than hashing the token.
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxSize;

    VerifiedTokenCache(int maxSize) {
        this.maxSize = maxSize;
    }

    static String key(String token) {
        byte[] digest = SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII));
        return Base64.getEncoder().encodeToString(digest);
    }

    VerifiedCaller get(String key) {
        if (maxSize == 0) {
            return null;
        }
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (System.currentTimeMillis() >= entry.expiresAtMillis) {
            entries.remove(key, entry);
            return null;
        }
        return entry.caller;
    }

    void put(String key, VerifiedCaller caller) {
        if (maxSize == 0) {
            return;
        }
        if (entries.size() >= maxSize) {
            long now = System.currentTimeMillis();
            entries.values().removeIf(e -> now >= e.expiresAtMillis);
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(key, new Entry(caller, caller.expiresAt().toEpochMilli()));
    }

    int size() {
        return entries.size();
    }

    private record Entry(VerifiedCaller caller, long expiresAtMillis) {
    }
}
