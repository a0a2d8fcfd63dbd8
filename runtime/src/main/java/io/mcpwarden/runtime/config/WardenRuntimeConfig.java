package io.mcpwarden.runtime.config;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Run-time settings of the MCP server.
 */
@ConfigMapping(prefix = "quarkus.warden")
@ConfigRoot(phase = ConfigPhase.RUN_TIME)
public interface WardenRuntimeConfig {

    /**
     * The canonical URI of this MCP server as clients reach it: the public URL of the MCP endpoint, without fragment
     * or trailing slash (for instance {@code https://mcp.example.com/mcp}). Tokens must name it in their audience
     * (RFC 8707), and it is the {@code resource} of the protected-resource metadata (RFC 9728). Required when
     * authentication is on.
     */
    Optional<String> resource();

    /**
     * How bearer tokens are verified and what the protected-resource metadata says.
     */
    Auth auth();

    /**
     * The audit trail of tool calls and refusals.
     */
    Audit audit();

    /**
     * The spans of MCP requests and tool calls, made when the application has quarkus-opentelemetry.
     */
    Tracing tracing();

    /**
     * How the server introduces itself in the {@code initialize} response.
     */
    Server server();

    /**
     * Rules of the Streamable HTTP transport.
     */
    Http http();

    /**
     * Session lifetime, and how many sessions one identity may hold.
     */
    Sessions sessions();

    /**
     * Request rate limits per OAuth client and per subject. Off unless configured.
     */
    RateLimit rateLimit();

    /**
     * Server-sent event streams (GET streams and streamed responses).
     */
    Streams streams();

    /**
     * Requests the server sends to clients from inside tools (sampling, elicitation).
     */
    ClientRequests clientRequests();

    /**
     * The {@code requestState} of multi-round-trip results (MCP 2026-07-28), in which a method that asked for client
     * input ({@code InputRequired}) carries its state to the next round through the client.
     */
    RequestState requestState();

    /**
     * Tool listing.
     */
    Tools tools();

    /**
     * Tools that run as tasks ({@code @Tool(tasks = ...)}, the tasks extension of MCP 2026-07-28).
     */
    Tasks tasks();

    /**
     * Prompt listing.
     */
    Prompts prompts();

    /**
     * Local API keys, for service-to-service callers that cannot run an OAuth flow.
     */
    ApiKeys apiKeys();

    /**
     * How clients reach this server: {@code http} (Streamable HTTP on the MCP path) or {@code stdio} (newline-delimited
     * JSON-RPC on the process's standard input and output, for a client that launches the server as a subprocess).
     * With {@code stdio}, Warden also defaults {@code quarkus.log.console.stderr} to true,
     * {@code quarkus.http.host-enabled} to false and {@code quarkus.banner.enabled} to false, so that standard output
     * carries nothing but protocol messages.
     */
    @WithDefault("http")
    Transport transport();

    /**
     * The caller of a stdio server.
     */
    Stdio stdio();

    enum Transport {
        /** Streamable HTTP. */
        HTTP,
        /** Standard input and output of the process. */
        STDIO
    }

    interface Stdio {

        /**
         * The scopes granted to the local user who launched a stdio server (they must be declared under
         * {@code quarkus.warden.scopes}; implied scopes follow). None by default: only tools that need no scope can be
         * called. Ignored when authentication is off.
         */
        Optional<List<String>> scopes();

        /**
         * The subject of the local caller, as tools see it in {@code Caller.subject()} and audit events record it;
         * defaults to the operating-system user that runs the process.
         */
        Optional<String> subject();
    }

    interface Auth {

        /**
         * Whether requests must carry a valid bearer token. Turning it off makes every tool callable by anyone and
         * is logged as a warning at startup; do it only for local development.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * The issuer URLs of the authorization servers clients should use, published in the protected-resource
         * metadata; defaults to {@code quarkus.oidc.auth-server-url}.
         */
        Optional<List<String>> authorizationServers();

        /**
         * The JWS algorithms accepted on access tokens (RFC 8725: an explicit allow-list; never {@code none}, never
         * HMAC).
         */
        @WithDefault("RS256,RS384,RS512,PS256,PS384,PS512,ES256,ES384,ES512,EdDSA")
        List<String> allowedAlgorithms();

        /**
         * The scopes named in the {@code scope} parameter of 401 challenges: what a client should ask for first.
         * Defaults to every scope declared under {@code quarkus.warden.scopes}.
         */
        Optional<List<String>> challengeScopes();

        /**
         * How many verified tokens are remembered (by hash, until they expire) so that repeated calls skip signature
         * verification; 0 turns the cache off.
         */
        @WithDefault("10000")
        int tokenCacheSize();

        /**
         * A human-readable name of this server for the protected-resource metadata ({@code resource_name}).
         */
        Optional<String> resourceName();

        /**
         * A URL of human-readable documentation for the protected-resource metadata
         * ({@code resource_documentation}).
         */
        Optional<String> resourceDocumentation();
    }

    interface Audit {

        /**
         * Whether each audit event is also written as one JSON line on the {@code io.mcpwarden.audit} log category
         * (at INFO). CDI observers of {@code io.mcpwarden.audit.AuditEvent} are notified either way.
         */
        @WithDefault("true")
        boolean log();
    }

    interface Tracing {

        /**
         * Whether the spans of MCP requests and tool calls carry the caller's subject ({@code sub}) as
         * {@code enduser.id}. Off by default: traces often go to a backend that more people can read than the audit
         * trail, and the subject identifies a person. The OAuth client id is recorded either way.
         */
        @WithDefault("false")
        boolean includeSubject();
    }

    interface Server {

        /**
         * The server name sent in {@code serverInfo}; defaults to the application name.
         */
        Optional<String> name();

        /**
         * The server version sent in {@code serverInfo}; defaults to the application version.
         */
        Optional<String> version();

        /**
         * A human-readable title sent in {@code serverInfo}.
         */
        Optional<String> title();

        /**
         * Instructions sent to the client in the {@code initialize} response, describing how to use this server.
         */
        Optional<String> instructions();

        /**
         * The {@code serverInfo.websiteUrl}: a page about this server.
         */
        Optional<String> websiteUrl();

        /**
         * The {@code serverInfo.icons}: {@code https:} or {@code data:} URLs of icons for this server.
         */
        Optional<List<String>> icons();
    }

    interface Http {

        /**
         * Origins (scheme://host[:port]) allowed to call the endpoint in addition to loopback origins
         * ({@code localhost}, {@code 127.0.0.1}, {@code [::1]} on any port). A request whose {@code Origin} header is
         * present and not allowed gets 403, which defends local servers against DNS rebinding. Use {@code *} to allow
         * every origin.
         */
        Optional<List<String>> allowedOrigins();

        /**
         * The largest request body accepted; larger requests get 413.
         */
        @WithDefault("4M")
        MemorySize maxBodySize();

        /**
         * Cross-origin requests from browser-based MCP clients, on the MCP endpoint and the protected-resource
         * metadata.
         */
        Cors cors();
    }

    interface Cors {

        /**
         * Whether the MCP endpoint answers CORS preflights and adds CORS headers for the origins that
         * {@code allowed-origins} allows (loopback origins included): the origin is echoed in
         * {@code Access-Control-Allow-Origin} (with {@code Vary: Origin}), or {@code *} when {@code allowed-origins}
         * is {@code *}; credentials are never allowed (clients send tokens in the {@code Authorization} header, not
         * cookies); {@code WWW-Authenticate}, {@code Mcp-Session-Id}, {@code MCP-Protocol-Version} and
         * {@code Retry-After} are exposed. The protected-resource metadata is public and answers every origin with
         * {@code *}. When Quarkus' own CORS filter is on ({@code quarkus.http.cors.enabled=true}), it handles these
         * paths too and Warden adds nothing; configure its headers as the security guide shows.
         */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long a browser may cache a preflight answer ({@code Access-Control-Max-Age}).
         */
        @WithDefault("1H")
        Duration maxAge();
    }

    interface Sessions {

        /**
         * A session not used for this long is ended; the client then gets 404 and starts a new one.
         */
        @WithDefault("30M")
        Duration idleTimeout();

        /**
         * The most sessions (of the session-era revisions) one identity may hold at once: one identity is the
         * issuer, subject and client of the token, the same triple a session is bound to. A session ended with
         * {@code DELETE} or expired after {@code idle-timeout} gives its slot back at once. 0 for no limit.
         * Sessions are not limited when authentication is off (every caller is the same anonymous identity).
         */
        @WithDefault("100")
        int maxPerIdentity();

        /**
         * What {@code initialize} does when its identity already holds {@code max-per-identity} sessions:
         * {@code refuse} answers {@code 429 Too Many Requests} with a {@code Retry-After} header (the seconds until
         * the identity's least recently used session expires) and a JSON-RPC error; {@code evict-oldest} ends the
         * identity's least recently used session (its client gets 404 and initializes again) and opens the new
         * one. Either way one identity can only affect its own sessions.
         */
        @WithDefault("refuse")
        WhenSessionsFull whenFull();
    }

    enum WhenSessionsFull {
        /** Refuse the new session: 429 with Retry-After. */
        REFUSE,
        /** End the identity's least recently used session to make room. */
        EVICT_OLDEST
    }

    interface RateLimit {

        /**
         * How many MCP requests one OAuth client (the token's {@code client_id}, else {@code azp}, per issuer) may
         * send per {@code window}, all its users together. Unset or 0: no limit. Requests over it are answered
         * {@code 429 Too Many Requests} with a {@code Retry-After} header and a JSON-RPC error (code
         * {@code -32000}), and audited as denied with reason {@code rate_limited}.
         * <p>
         * Every JSON-RPC request a client POSTs counts ({@code initialize}, {@code tools/call},
         * {@code tools/list}, {@code resources/read}, {@code ping}, ...); notifications, responses to the server's
         * own requests, GET streams and {@code DELETE} do not, so a limited client can still cancel, answer a
         * sampling request and end its session. The limit is a token bucket: a burst of this many requests passes
         * at once, then one more every {@code window} divided by this number.
         */
        OptionalInt perClient();

        /**
         * How many MCP requests one subject (the token's {@code sub}, per issuer) may send per {@code window}, over
         * all the clients it uses. Unset or 0: no limit. Counted and answered like {@code per-client}; a request
         * must pass both.
         */
        OptionalInt perSubject();

        /**
         * The window of {@code per-client} and {@code per-subject}.
         */
        @WithDefault("1M")
        Duration window();

        /**
         * How many clients and subjects are tracked at once (those that have used some of their limit recently);
         * beyond that, callers not yet tracked are refused until some tracked ones are idle again. Bounds the
         * memory the limits take.
         */
        @WithDefault("100000")
        int maxTracked();
    }

    interface Streams {

        /**
         * How long a client waits before it reconnects to a stream that the server or the network closed; sent as
         * the SSE {@code retry} field.
         */
        @WithDefault("1S")
        Duration retry();

        /**
         * How many of its last events each stream keeps for a client that reconnects with {@code Last-Event-ID}.
         */
        @WithDefault("100")
        int replayEvents();

        /**
         * When set, the server closes an SSE connection after this long without ending its stream; the client
         * reconnects with {@code Last-Event-ID} ("SSE polling") and gets what it missed. Use it when proxies cut
         * long connections. Unset: connections stay open until their stream ends.
         */
        Optional<Duration> maxConnectionTime();

        /**
         * How many streams one session may hold at once (open, or waiting for the client to resume them); beyond
         * that the oldest stream without a connection is dropped.
         */
        @WithDefault("32")
        int maxPerSession();

        /**
         * How long a client may leave an SSE connection unread once the server has filled its write queue; then the
         * server closes the connection (the stream goes on: the client may resume it with {@code Last-Event-ID}).
         * While the queue is full, new events wait in the stream's replay buffer ({@code replay-events}), so a
         * client that stops reading costs a bounded amount of memory.
         */
        @WithDefault("30S")
        Duration slowReaderTimeout();
    }

    interface RequestState {

        /**
         * The key that seals request states (AES-256-GCM, so the client can neither read nor change them): the Base64
         * of 32 random bytes, for instance from {@code openssl rand -base64 32}. Every instance behind one MCP URL
         * needs the same key, or a retry that reaches another instance is refused. When unset, each instance makes a
         * random key at startup, and a restart refuses the states issued before it.
         */
        Optional<String> key();

        /**
         * How long a request state stays valid: a retry after this is refused, and the client has to start over.
         */
        @WithDefault("10M")
        Duration lifetime();
    }

    interface ClientRequests {

        /**
         * How long a request sent to the client (sampling, elicitation) waits for its answer before it fails.
         */
        @WithDefault("5M")
        Duration timeout();
    }

    interface Tools {

        /**
         * How many tools one {@code tools/list} page holds; further pages are reached with the returned cursor.
         */
        @WithDefault("100")
        int pageSize();

        /**
         * How long a tool call may run. When it is exceeded, the caller gets a tool error result at once
         * ({@code isError: true}, "did not finish within ..."), the thread running a synchronous tool is interrupted
         * (a worker or virtual thread; a tool on the event loop cannot be interrupted and must not block), an
         * asynchronous tool's {@code CompletionStage} is cancelled, and the tool's {@code Cancellation} reports it
         * cancelled. Longer than {@code quarkus.warden.client-requests.timeout} by default, so that a tool waiting
         * for sampling or elicitation gets that error first.
         */
        @WithDefault("10M")
        Duration timeout();

        /**
         * A timeout for one tool, by tool name, instead of {@code quarkus.warden.tools.timeout}: for instance
         * {@code quarkus.warden.tools.timeouts.build_report=30M}.
         */
        Map<String, Duration> timeouts();
    }

    interface Tasks {

        /**
         * How long a task is kept from its creation ({@code ttlMs}): past it, the task is gone for
         * {@code tasks/get}, and one still running is cancelled. Clients must fetch the result within it.
         */
        @WithDefault("1H")
        Duration ttl();

        /**
         * The polling interval suggested to clients ({@code pollIntervalMs}).
         */
        @WithDefault("1S")
        Duration pollInterval();

        /**
         * How many tasks one identity keeps. A new task replaces the identity's oldest ended task; when all are
         * unfinished it is refused (JSON-RPC error -32000) until one ends or is cancelled.
         */
        @WithDefault("100")
        int maxPerIdentity();

        /**
         * How many tasks this server instance keeps, for all identities together; tasks live in memory, per
         * instance.
         */
        @WithDefault("10000")
        int maxTotal();
    }

    interface Prompts {

        /**
         * How many prompts one {@code prompts/list} page holds; further pages are reached with the returned cursor.
         */
        @WithDefault("100")
        int pageSize();
    }

    interface ApiKeys {

        /**
         * Whether API keys are accepted. Defaults to on in dev and test mode and OFF in production: a production
         * server accepts API keys only when this is set to {@code true} explicitly.
         */
        Optional<Boolean> enabled();

        /**
         * The keys, by an id of your choice (it appears in audit events as the client id {@code api-key:<id>}).
         */
        Map<String, ApiKey> key();
    }

    interface ApiKey {

        /**
         * The SHA-256 of the whole key, as {@code sha256:} followed by 64 hex digits (never the key itself). Generate
         * a key and its hash as the security guide shows; keys start with {@code mcpk_}.
         */
        String hash();

        /**
         * Who calls with this key: the subject ({@code sub}) of its calls, in audit events and to tools.
         */
        String owner();

        /**
         * The scopes the key grants; each must be declared under {@code quarkus.warden.scopes}.
         */
        List<String> scopes();

        /**
         * When the key stops working, as an ISO-8601 instant such as {@code 2027-01-31T00:00:00Z}. Required: keys
         * do not live forever.
         */
        Instant expiresAt();
    }
}
