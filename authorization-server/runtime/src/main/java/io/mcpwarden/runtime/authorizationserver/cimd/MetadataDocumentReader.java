package io.mcpwarden.runtime.authorizationserver.cimd;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mcpwarden.runtime.authorizationserver.clients.ClientNames;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Checks a Client ID Metadata Document (draft-ietf-oauth-client-id-metadata-document) and turns it into a client:
 * its {@code client_id} must be exactly the URL it was fetched from; it is a public client (no secret, token endpoint
 * authentication {@code none}); its redirect URIs must be {@code https}, or {@code http} on a loopback host, without
 * fragment or user information; grant types within {@code authorization_code} and {@code refresh_token}; response
 * type {@code code}.
 */
final class MetadataDocumentReader {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "::1", "localhost");
    private static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token");
    private static final int MAX_NAME_LENGTH = 100;

    private MetadataDocumentReader() {
    }

    /**
     * Whether a {@code client_id} names a metadata document rather than a registered client.
     */
    static boolean isDocumentUrl(String clientId) {
        return clientId.startsWith("https://");
    }

    /**
     * The URL of a metadata document, if the {@code client_id} is an acceptable one: {@code https}, with a host and a
     * path, without user information, query, fragment or dot segments.
     */
    static URI documentUrl(String clientId) {
        URI uri;
        try {
            uri = new URI(clientId);
        } catch (URISyntaxException e) {
            throw new MetadataDocumentException("its client_id is not a valid URL");
        }
        String path = uri.getRawPath();
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || path == null || path.isEmpty()
                || "/".equals(path) || path.contains("/./") || path.contains("/../") || path.endsWith("/.")
                || path.endsWith("/..")) {
            throw new MetadataDocumentException("its client_id must be an https URL with a path, and without user "
                    + "information, query, fragment or dot segments");
        }
        return uri;
    }

    static RegisteredClient read(String url, String body, long now) {
        JsonObject document;
        try {
            Object json = Json.decodeValue(body);
            if (!(json instanceof JsonObject object)) {
                throw new MetadataDocumentException("it is not a JSON object");
            }
            document = object;
        } catch (DecodeException e) {
            throw new MetadataDocumentException("it is not valid JSON");
        }
        if (!url.equals(string(document, "client_id"))) {
            throw new MetadataDocumentException("its client_id is not the URL it was fetched from");
        }
        if (document.containsKey("client_secret") || document.containsKey("client_secret_expires_at")) {
            throw new MetadataDocumentException("it must not hold a client secret");
        }
        String authMethod = string(document, "token_endpoint_auth_method");
        if (authMethod != null && !"none".equals(authMethod)) {
            throw new MetadataDocumentException("its token_endpoint_auth_method must be none (this server accepts "
                    + "public clients only through metadata documents)");
        }
        List<String> redirectUris = strings(document, "redirect_uris", null);
        if (redirectUris == null || redirectUris.isEmpty()) {
            throw new MetadataDocumentException("it lists no redirect_uris");
        }
        redirectUris.forEach(MetadataDocumentReader::checkRedirectUri);
        List<String> grantTypes = strings(document, "grant_types", List.of("authorization_code"));
        if (!GRANT_TYPES.containsAll(grantTypes) || !grantTypes.contains("authorization_code")) {
            throw new MetadataDocumentException("its grant_types must include authorization_code and may add "
                    + "refresh_token, nothing else");
        }
        if (!strings(document, "response_types", List.of("code")).equals(List.of("code"))) {
            throw new MetadataDocumentException("its response_types may only be [\"code\"]");
        }
        String name = string(document, "client_name");
        name = name == null ? "" : ClientNames.clean(name);
        if (name.length() > MAX_NAME_LENGTH) {
            throw new MetadataDocumentException("its client_name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        String scope = string(document, "scope");
        // Space-separated (RFC 6749 3.3); an empty token (a scope of only control characters, which trim() removes) is none.
        List<String> scopes = scope == null ? List.of()
                : Arrays.stream(scope.trim().split(" +")).filter(token -> !token.isEmpty()).distinct().toList();
        return new RegisteredClient(url, null, name.isEmpty() ? URI.create(url).getHost() : name,
                List.copyOf(new LinkedHashSet<>(redirectUris)), scopes, "none",
                List.copyOf(new LinkedHashSet<>(grantTypes)), now, now, true, null);
    }

    private static void checkRedirectUri(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new MetadataDocumentException("one of its redirect_uris is not a valid URI");
        }
        boolean https = "https".equals(uri.getScheme());
        boolean loopback = "http".equals(uri.getScheme()) && uri.getHost() != null
                && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (uri.getHost() == null || !(https || loopback) || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw new MetadataDocumentException("its redirect_uris must be https URLs, or http on a loopback host, "
                    + "without fragment or user information");
        }
    }

    private static String string(JsonObject document, String field) {
        Object value = document.getValue(field);
        if (value != null && !(value instanceof String)) {
            throw new MetadataDocumentException("its " + field + " must be a string");
        }
        return (String) value;
    }

    private static List<String> strings(JsonObject document, String field, List<String> absent) {
        Object value = document.getValue(field);
        if (value == null) {
            return absent;
        }
        if (!(value instanceof JsonArray array)) {
            throw new MetadataDocumentException("its " + field + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (Object item : array) {
            if (!(item instanceof String text)) {
                throw new MetadataDocumentException("its " + field + " must be an array of strings");
            }
            values.add(text);
        }
        return values;
    }
}
