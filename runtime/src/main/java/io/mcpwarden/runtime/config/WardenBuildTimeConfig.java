package io.mcpwarden.runtime.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.annotations.ConfigDocMapKey;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Build-time settings of the MCP endpoint.
 */
@ConfigMapping(prefix = "quarkus.warden")
@ConfigRoot(phase = ConfigPhase.BUILD_AND_RUN_TIME_FIXED)
public interface WardenBuildTimeConfig {

    /**
     * The HTTP path of the Streamable HTTP MCP endpoint.
     */
    @WithDefault("/mcp")
    String path();

    /**
     * The OAuth scopes this server understands, by name. Every scope a tool requires must be declared here; the
     * build fails on an undeclared one. Declared scopes are published as {@code scopes_supported}.
     */
    @ConfigDocMapKey("scope")
    Map<String, Scope> scopes();

    interface Scope {

        /**
         * What the scope allows, in words a user understands (shown on consent pages).
         */
        Optional<String> description();

        /**
         * Narrower scopes this scope implies: a caller granted this scope also holds these.
         */
        Optional<List<String>> implies();
    }
}
