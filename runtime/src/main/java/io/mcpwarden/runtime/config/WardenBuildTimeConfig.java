package io.mcpwarden.runtime.config;

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
}
