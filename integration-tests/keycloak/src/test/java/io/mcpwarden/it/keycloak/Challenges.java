package io.mcpwarden.it.keycloak;

/**
 * The {@code WWW-Authenticate} values the application sends, built from its resource URI.
 */
final class Challenges {

    private Challenges() {
    }

    /** The RFC 9728 metadata URL of the application's MCP endpoint. */
    static String metadataUrl() {
        String resource = KeycloakTokens.resource().toString();
        String origin = resource.substring(0, resource.indexOf("/mcp"));
        return origin + "/.well-known/oauth-protected-resource/mcp";
    }

    static String missingToken() {
        return "Bearer resource_metadata=\"" + metadataUrl() + "\", scope=\"mcp:tools\"";
    }

    static String invalidToken() {
        return "Bearer error=\"invalid_token\", resource_metadata=\"" + metadataUrl() + "\", scope=\"mcp:tools\"";
    }

    static String insufficientScope(String scopes) {
        return "Bearer error=\"insufficient_scope\", scope=\"" + scopes + "\", resource_metadata=\"" + metadataUrl()
                + "\"";
    }
}
