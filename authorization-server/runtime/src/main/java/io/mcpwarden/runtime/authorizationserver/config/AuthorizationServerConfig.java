package io.mcpwarden.runtime.authorizationserver.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The built-in OAuth 2.1 authorization server: it registers clients, logs users in, asks for their consent and issues
 * the tokens this MCP server accepts.
 */
@ConfigMapping(prefix = "quarkus.warden.authorization-server")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface AuthorizationServerConfig {

    /**
     * Whether this server is its own authorization server. When on, its issuer is published in the
     * protected-resource metadata and the tokens it issues are accepted like those of an external identity provider.
     * Its state lives in the {@code mcp-warden} datasource (an H2 file under {@code .mcp-warden/} by default).
     */
    @WithDefault("false")
    boolean enabled();

    /**
     * The public base URL of this server as clients reach it (scheme, host and port, no path), for instance
     * {@code https://mcp.example.com}. It is the issuer (RFC 8414) and the prefix of every endpoint in the metadata.
     * Set it when the server runs behind a proxy. Defaults to the origin of {@code quarkus.warden.resource}.
     */
    Optional<String> publicBaseUrl();

    /**
     * How long an access token is valid. Short lifetimes limit the damage of a leaked token; clients refresh.
     */
    @WithDefault("5M")
    Duration accessTokenLifetime();

    /**
     * How long a refresh token is valid. Every refresh returns a new one (rotation).
     */
    @WithDefault("30D")
    Duration refreshTokenLifetime();

    /**
     * How long an authorization code may wait to be exchanged for tokens.
     */
    @WithDefault("60S")
    Duration authorizationCodeLifetime();

    /**
     * How long a user may take on the login and consent pages of one authorization request.
     */
    @WithDefault("10M")
    Duration loginTimeout();

    /**
     * Signing of access tokens.
     */
    Signing signing();

    /**
     * The users who may log in, by user name ({@code sub} of their tokens).
     */
    @ConfigDocMapKey("user-name")
    Map<String, User> users();

    /**
     * Dynamic Client Registration (RFC 7591) and its policy.
     */
    Registration registration();

    /**
     * Per-address rate limits of the authorization, login and token endpoints (registration has its own, under
     * {@code registration}).
     */
    RateLimits rateLimits();

    /**
     * Client ID Metadata Documents: clients whose {@code client_id} is the https URL of a JSON document describing
     * them, fetched by this server when they first ask for authorization.
     */
    ClientMetadataDocuments clientMetadataDocuments();

    /**
     * The admin API ({@code /oauth/admin/...}): list clients, disable or delete them, revoke a user's grants.
     */
    Admin admin();

    interface Signing {

        /**
         * The JWS algorithm of new signing keys: {@code ES256} (P-256) or {@code RS256} (2048-bit RSA).
         */
        @WithDefault("ES256")
        String algorithm();

        /**
         * How long one key signs tokens before a new one replaces it. The old key stays in the JWKS until the last
         * token it signed has expired.
         */
        @WithDefault("30D")
        Duration rotationPeriod();
    }

    interface User {

        /**
         * The user's password as a bcrypt hash ({@code $2a$...} or {@code $2b$...}); never the password itself.
         * Create one with {@code htpasswd -nbBC 12 "" 'the password' | cut -d: -f2} or Quarkus'
         * {@code BcryptUtil.bcryptHash}.
         */
        String passwordHash();

        /**
         * The name shown to the user once logged in; defaults to the user name.
         */
        Optional<String> displayName();
    }

    interface Registration {

        /**
         * Whether clients may register themselves at the registration endpoint (RFC 7591). MCP clients such as the
         * Inspector and the SDK clients need it.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * Hosts whose {@code https} redirect URIs registering clients may use, besides loopback addresses
         * ({@code http://127.0.0.1}, {@code http://[::1]} and {@code http://localhost} on any port, RFC 8252).
         */
        Optional<List<String>> allowedRedirectHosts();

        /**
         * When set, registration requests must carry this initial access token as a bearer token (RFC 7591 section
         * 3).
         */
        Optional<String> initialAccessToken();

        /**
         * The client authentication methods registering clients may choose: {@code none} (public clients, with
         * PKCE), {@code client_secret_basic}, {@code client_secret_post}.
         */
        @WithDefault("none,client_secret_basic,client_secret_post")
        List<String> allowedAuthMethods();

        /**
         * The most clients that may be registered at once; further registrations are refused.
         */
        @WithDefault("1000")
        int maxClients();

        /**
         * How many registrations one source address may make per hour: a burst of this many, then one more every
         * hour divided by this number; over it, {@code 429} with {@code Retry-After}; 0 for no limit. The address is
         * found as for {@code rate-limits}.
         */
        @WithDefault("20")
        int maxPerAddressPerHour();

        /**
         * A registered client that has not been used (no authorization, no token request) for this long is deleted.
         */
        @WithDefault("90D")
        Duration unusedClientExpiry();
    }

    /**
     * Each limit is a token bucket per source address: a burst of that many requests passes at once, then one more
     * every minute divided by the limit. A request over it is answered {@code 429 Too Many Requests} with a
     * {@code Retry-After} header (whole seconds) and recorded as a {@code REQUEST_RATE_LIMITED} event. The source
     * address is the TCP peer, or the client address a trusted proxy forwarded when Quarkus' forwarded-header
     * handling is on ({@code quarkus.http.proxy.proxy-address-forwarding} with {@code quarkus.http.proxy.trusted-proxies});
     * IPv6 addresses count by their /64 network, which one host usually holds whole. The counts are in memory, per
     * server instance.
     */
    interface RateLimits {

        /**
         * How many authorization requests ({@code GET /oauth/authorize}) one address may make per minute; 0 for no
         * limit. Over it, an error page.
         */
        @WithDefault("60")
        int authorizePerAddressPerMinute();

        /**
         * How many login form submissions one address may make per minute; 0 for no limit. Over it, an error page.
         * This bounds password guessing from one address beyond what the bcrypt cost does.
         */
        @WithDefault("20")
        int loginPerAddressPerMinute();

        /**
         * How many token requests (code exchanges and refreshes) one address may make per minute; 0 for no limit.
         * Over it, the OAuth error {@code temporarily_unavailable}.
         */
        @WithDefault("120")
        int tokenPerAddressPerMinute();

        /**
         * How many revocation requests ({@code POST /oauth/revoke}) one address may make per minute; 0 for no limit.
         * Over it, the OAuth error {@code temporarily_unavailable}. Each request authenticates a client and looks a
         * token up, so an unbounded stream of them would cost the database what the token endpoint's limit saves.
         */
        @WithDefault("120")
        int revocationPerAddressPerMinute();

        /**
         * How many addresses are tracked at once per endpoint (those that used some of their limit in the last
         * minute, or the last hour for registration); beyond that, addresses not yet tracked are refused until
         * tracked ones are idle again. Bounds the memory the limits take.
         */
        @WithDefault("100000")
        int maxTrackedAddresses();
    }

    interface ClientMetadataDocuments {

        /**
         * Whether clients may be identified by an https {@code client_id} URL whose metadata document this server
         * fetches, instead of registering. Advertised as {@code client_id_metadata_document_supported}.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The largest metadata document accepted, in bytes.
         */
        @WithDefault("5120")
        int maxSize();

        /**
         * How long connecting to a metadata document's server may take.
         */
        @WithDefault("2S")
        Duration connectTimeout();

        /**
         * How long fetching a metadata document may take in all (connection, TLS, answer and body).
         */
        @WithDefault("5S")
        Duration fetchTimeout();

        /**
         * How long a fetched document is reused when its answer has no {@code Cache-Control} {@code max-age}.
         */
        @WithDefault("5M")
        Duration defaultCacheTime();

        /**
         * The longest a fetched document is reused, whatever its {@code Cache-Control} says.
         */
        @WithDefault("1H")
        Duration maxCacheTime();

        /**
         * Whether metadata documents may be fetched from loopback, private, link-local and other non-public
         * addresses. Off in production: such a fetch could reach services inside your network (SSRF). For tests
         * only.
         */
        @WithDefault("false")
        boolean allowPrivateAddresses();

        /**
         * A PEM file of certificates to trust for metadata document servers, instead of the JVM's default trust
         * store; for tests with a self-signed certificate, or a private certificate authority.
         */
        Optional<String> trustedCertificates();
    }

    interface Admin {

        /**
         * Whether the admin API is served. It needs {@code quarkus.warden.auth.enabled}: its requests carry bearer
         * tokens verified like those of the MCP endpoint.
         */
        @WithDefault("false")
        boolean enabled();

        /**
         * The scope an access token must grant for the admin API. Declare it under {@code quarkus.warden.scopes} so
         * that this server can issue it; it issues it only to the users of {@code users}.
         */
        @WithDefault("warden:admin")
        String scope();

        /**
         * The users (subjects) to whom this server may grant the admin scope; to anyone else it is never granted,
         * whatever a client asks for.
         */
        Optional<List<String>> users();

        /**
         * How long the resource server trusts what it learned about a client being enabled before asking the
         * database again. Admin actions on this instance take effect at once; on other replicas within this time.
         */
        @WithDefault("30S")
        Duration clientStatusCacheTime();
    }
}
