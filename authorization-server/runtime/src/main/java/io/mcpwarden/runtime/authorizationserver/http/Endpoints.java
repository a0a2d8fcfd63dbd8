package io.mcpwarden.runtime.authorizationserver.http;

/**
 * The authorization server's paths and, with the issuer in front, its public URLs.
 *
 * @param issuer the issuer: the public base URL, without trailing slash
 * @param resource the one resource tokens are issued for: this MCP server's canonical URI
 */
public record Endpoints(String issuer, String resource) {

    public static final String METADATA = "/.well-known/oauth-authorization-server";
    public static final String AUTHORIZE = "/oauth/authorize";
    public static final String LOGIN = "/oauth/login";
    public static final String CONSENT = "/oauth/consent";
    public static final String TOKEN = "/oauth/token";
    public static final String REVOKE = "/oauth/revoke";
    public static final String REGISTER = "/oauth/register";
    public static final String JWKS = "/oauth/jwks";
    /** The admin API: a prefix, its resources are below it. */
    public static final String ADMIN = "/oauth/admin";

    public String url(String path) {
        return issuer + path;
    }
}
