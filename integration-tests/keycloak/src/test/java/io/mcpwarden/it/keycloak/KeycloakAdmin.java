package io.mcpwarden.it.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Changes the running test realm through Keycloak's admin REST API, and reads its published signing keys.
 */
final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /**
     * Adds a new generated RSA signing key with a higher priority (1000) than the realm's generated one (100): from
     * now on Keycloak signs tokens with it (its {@code kid} is new) and publishes it in the realm's JWKS.
     */
    static void rotateSigningKey(String name) {
        String component = """
                {"name": "%s", "providerId": "rsa-generated", "providerType": "org.keycloak.keys.KeyProvider",
                 "config": {"priority": ["1000"], "active": ["true"], "enabled": ["true"]}}
                """.formatted(name);
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakTokens.issuer()
                .replace("/realms/", "/admin/realms/") + "/components"))
                .header("Authorization", "Bearer " + KeycloakTokens.adminToken())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(component))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 201) {
            throw new AssertionError("Keycloak's admin API refused the new key: HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    /** The id of a user of the realm, which Keycloak puts in the {@code sub} of the user's tokens. */
    static String userId(String username) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(KeycloakTokens.issuer()
                .replace("/realms/", "/admin/realms/") + "/users?exact=true&username=" + username))
                .header("Authorization", "Bearer " + KeycloakTokens.adminToken())
                .timeout(Duration.ofSeconds(30))
                .build();
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new AssertionError("Keycloak's admin API did not list the user: HTTP " + response.statusCode());
        }
        try {
            JsonNode users = new ObjectMapper().readTree(response.body());
            if (users.size() != 1) {
                throw new AssertionError("Expected one user named " + username + ": " + response.body());
            }
            return users.get(0).path("id").asText();
        } catch (IOException e) {
            throw new AssertionError("Keycloak's admin API answered something else than JSON", e);
        }
    }

    /** The {@code kid}s of the realm's published signing keys. */
    static Set<String> publishedKeyIds() {
        try {
            JWKSet keys = JWKSet.load(URI.create(KeycloakTokens.issuer() + "/protocol/openid-connect/certs").toURL());
            return keys.getKeys().stream().map(JWK::getKeyID).collect(Collectors.toUnmodifiableSet());
        } catch (IOException | ParseException e) {
            throw new AssertionError("Keycloak's JWKS could not be read", e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Keycloak's admin API could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    /** The {@code kid} in the header of a signed token. */
    static String keyIdOf(String token) {
        try {
            return SignedJWT.parse(token).getHeader().getKeyID();
        } catch (ParseException e) {
            throw new AssertionError("Not a signed JWT", e);
        }
    }
}
