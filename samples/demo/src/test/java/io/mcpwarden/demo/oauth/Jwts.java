package io.mcpwarden.demo.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the parts of a JWT that the tests compare.
 */
final class Jwts {

    private Jwts() {
    }

    static String kid(String jwt) {
        try {
            String header = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]), StandardCharsets.UTF_8);
            return new ObjectMapper().readTree(header).path("kid").asText();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
