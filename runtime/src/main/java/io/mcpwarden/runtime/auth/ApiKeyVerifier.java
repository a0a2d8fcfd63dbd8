package io.mcpwarden.runtime.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Verifies local API keys: a presented key ({@code mcpk_...}) is hashed with SHA-256 and looked up among the
 * configured hashes; the key itself is never stored. A key's caller has the key's owner as subject,
 * {@code api-key:<id>} as client id and {@value #ISSUER} as issuer, the key's scopes, and no other claims (so claim
 * and authentication-strength requirements refuse it: they fail closed).
 */
public final class ApiKeyVerifier {

    /** Every API key starts with this, so that it is never mistaken for, or sent to, the token verifier. */
    public static final String PREFIX = "mcpk_";
    /** The issuer of API-key callers: not an OAuth issuer, a marker for audit and session binding. */
    public static final String ISSUER = "urn:mcp-warden:api-key";

    private static final Logger LOG = Logger.getLogger(ApiKeyVerifier.class);
    private static final Pattern HASH = Pattern.compile("sha256:[0-9a-f]{64}");
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    });

    private final Map<String, Key> keysByHash;

    private ApiKeyVerifier(Map<String, Key> keysByHash) {
        this.keysByHash = keysByHash;
    }

    /**
     * The verifier for the configured keys, or null when API keys are off (then an {@code mcpk_} token is just an
     * invalid bearer token). Refuses to start on a key that could not be enforced as written.
     */
    public static ApiKeyVerifier create(WardenRuntimeConfig.ApiKeys config, boolean productionMode, Set<String> declaredScopes,
            ScopeHierarchy hierarchy) {
        boolean enabled = config.enabled().orElse(!productionMode);
        if (!enabled) {
            if (!config.key().isEmpty()) {
                LOG.warnf("%d API key(s) configured but not accepted: API keys are off in production unless "
                        + "quarkus.warden.api-keys.enabled=true", config.key().size());
            }
            return null;
        }
        List<String> errors = new ArrayList<>();
        Map<String, Key> byHash = new HashMap<>();
        config.key().forEach((id, key) -> {
            String where = "quarkus.warden.api-keys.key.\"" + id + "\"";
            String hash = key.hash().trim().toLowerCase(Locale.ROOT);
            if (!HASH.matcher(hash).matches()) {
                errors.add(where + ".hash must be 'sha256:' followed by 64 hex digits (the SHA-256 of the key)");
            } else if (byHash.containsKey(hash)) {
                errors.add(where + ".hash is the same as that of another key");
            }
            if (key.owner().isBlank()) {
                errors.add(where + ".owner must name who calls with this key");
            }
            Set<String> granted = new LinkedHashSet<>();
            for (String scope : key.scopes()) {
                if (!declaredScopes.contains(scope)) {
                    errors.add(where + ".scopes names '" + scope + "', which is not declared under "
                            + "quarkus.warden.scopes");
                }
                granted.add(scope);
            }
            if (key.expiresAt().isBefore(Instant.now())) {
                LOG.warnf("API key '%s' expired at %s and is refused", id, key.expiresAt());
            }
            byHash.put(hash, new Key(id, key.owner(), Set.copyOf(granted), hierarchy.expand(granted),
                    key.expiresAt()));
        });
        if (!errors.isEmpty()) {
            throw new ConfigurationException("Invalid API key configuration:\n  - " + String.join("\n  - ", errors));
        }
        LOG.infof("%d API key(s) accepted", byHash.size());
        return new ApiKeyVerifier(Map.copyOf(byHash));
    }

    /**
     * The caller of a presented key, or null when the key is unknown or expired.
     */
    VerifiedCaller verify(String presented) {
        byte[] digest = SHA_256.get().digest(presented.getBytes(StandardCharsets.US_ASCII));
        Key key = keysByHash.get("sha256:" + HexFormat.of().formatHex(digest));
        if (key == null) {
            LOG.debug("API key refused: unknown");
            return null;
        }
        if (!Instant.now().isBefore(key.expiresAt())) {
            LOG.debugf("API key '%s' refused: expired", key.id());
            return null;
        }
        String clientId = "api-key:" + key.id();
        Map<String, Object> claims = Map.of("sub", key.owner(), "iss", ISSUER, "client_id", clientId,
                "exp", key.expiresAt().getEpochSecond(), "scope", String.join(" ", key.scopes()));
        QuarkusSecurityIdentity identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(key.owner()))
                .addAttribute("api-key", key.id())
                .build();
        return new VerifiedCaller(identity, claims::get, key.owner(), ISSUER, key.expiresAt(), key.scopes(),
                key.effectiveScopes());
    }

    private record Key(String id, String owner, Set<String> scopes, Set<String> effectiveScopes, Instant expiresAt) {
    }
}
