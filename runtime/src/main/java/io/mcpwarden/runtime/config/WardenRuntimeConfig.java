package io.mcpwarden.runtime.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

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
     * How the server introduces itself in the {@code initialize} response.
     */
    Server server();

    /**
     * Rules of the Streamable HTTP transport.
     */
    Http http();

    /**
     * Session lifetime.
     */
    Sessions sessions();

    /**
     * Tool listing.
     */
    Tools tools();

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
    }

    interface Sessions {

        /**
         * A session not used for this long is ended; the client then gets 404 and starts a new one.
         */
        @WithDefault("30M")
        Duration idleTimeout();
    }

    interface Tools {

        /**
         * How many tools one {@code tools/list} page holds; further pages are reached with the returned cursor.
         */
        @WithDefault("100")
        int pageSize();
    }
}
