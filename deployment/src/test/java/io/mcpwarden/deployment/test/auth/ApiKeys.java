package io.mcpwarden.deployment.test.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * API keys for the tests, and their configured form ({@code sha256:<hex>}), computed as the security guide tells
 * users to.
 */
final class ApiKeys {

    static final String REPORTING = "mcpk_Jb3wqZ1xv9QkS7uT2mN8pR4yL6cE0aHdFgVjKoXiWzB";
    static final String OPERATIONS = "mcpk_Q2sF8kLm4nR7tV1xZ9bC3dE6gH0jKpWyAuIoUeYrTqP";
    static final String EXPIRED = "mcpk_Z8yX7wV6uT5sR4qP3oN2mL1kJ0iHgFeDcBaQwErTyUi";
    static final String UNKNOWN = "mcpk_NotConfiguredAnywhere0000000000000000000000";

    private ApiKeys() {
    }

    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
