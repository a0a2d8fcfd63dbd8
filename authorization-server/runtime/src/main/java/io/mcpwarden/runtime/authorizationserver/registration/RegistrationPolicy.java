package io.mcpwarden.runtime.authorizationserver.registration;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors.OAuthException;

/**
 * What a dynamically registered client may ask for: redirect URIs on loopback (any port, RFC 8252 section 7.3) or
 * {@code https} on a configured host; grant types {@code authorization_code} and {@code refresh_token}; response type
 * {@code code}; an allowed token endpoint authentication method. Each refusal is an RFC 7591 error naming the value
 * and the rule.
 */
public final class RegistrationPolicy {

    /** A client's redirect URIs are stored space-separated in a column of this many characters. */
    static final int MAX_REDIRECT_URIS_LENGTH = 4000;
    static final int MAX_REDIRECT_URI_LENGTH = 2000;
    static final Set<String> GRANT_TYPES = Set.of("authorization_code", "refresh_token");
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "[::1]", "::1", "localhost");

    private final Set<String> allowedHttpsHosts;
    private final List<String> allowedAuthMethods;

    public RegistrationPolicy(List<String> allowedHttpsHosts, List<String> allowedAuthMethods) {
        this.allowedHttpsHosts = Set.copyOf(allowedHttpsHosts.stream().map(h -> h.toLowerCase(Locale.ROOT)).toList());
        this.allowedAuthMethods = List.copyOf(allowedAuthMethods);
    }

    public void checkRedirectUri(String value) {
        if (value.length() > MAX_REDIRECT_URI_LENGTH) {
            // The length of the column that stores it with each authorization code.
            throw redirectRefused(value.substring(0, 64) + "...", "it is longer than " + MAX_REDIRECT_URI_LENGTH
                    + " characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw redirectRefused(value, "it is not a valid URI");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw redirectRefused(value, "it must be an absolute http or https URL");
        }
        if (uri.getRawFragment() != null) {
            throw redirectRefused(value, "it must not have a fragment");
        }
        if (uri.getRawUserInfo() != null) {
            throw redirectRefused(value, "it must not carry user information");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if ("http".equals(uri.getScheme()) && LOOPBACK_HOSTS.contains(host)) {
            return;
        }
        if ("https".equals(uri.getScheme()) && allowedHttpsHosts.contains(host)) {
            return;
        }
        throw redirectRefused(value, "only loopback addresses (http://127.0.0.1, http://[::1], http://localhost on "
                + "any port) and https URLs on the hosts this server allows ("
                + (allowedHttpsHosts.isEmpty() ? "none configured"
                        : String.join(", ", allowedHttpsHosts.stream()
                                .sorted().toList()))
                + ") are accepted");
    }

    public void checkGrantTypes(List<String> grantTypes) {
        for (String grantType : grantTypes) {
            if (!GRANT_TYPES.contains(grantType)) {
                throw metadataRefused("grant_types may hold authorization_code and refresh_token only, not "
                        + grantType + ".");
            }
        }
        if (!grantTypes.contains("authorization_code")) {
            throw metadataRefused("grant_types must include authorization_code.");
        }
    }

    public void checkResponseTypes(List<String> responseTypes) {
        if (!responseTypes.equals(List.of("code"))) {
            throw metadataRefused("response_types may only be [\"code\"].");
        }
    }

    public void checkAuthMethod(String method) {
        if (!allowedAuthMethods.contains(method)) {
            throw metadataRefused("token_endpoint_auth_method " + method + " is not allowed here; use one of "
                    + String.join(", ", allowedAuthMethods) + ".");
        }
    }

    static OAuthException redirectRefused(String uri, String why) {
        return OAuthException.badRequest("invalid_redirect_uri", "Redirect URI " + uri + " refused: " + why + ".");
    }

    static OAuthException metadataRefused(String description) {
        return OAuthException.badRequest("invalid_client_metadata", description);
    }
}
