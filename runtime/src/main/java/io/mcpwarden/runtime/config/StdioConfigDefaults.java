package io.mcpwarden.runtime.config;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;

/**
 * With {@code quarkus.warden.transport=stdio}, standard output belongs to the protocol: this source sends the console
 * log to standard error, turns the banner off and does not open the HTTP port. Its ordinal is below that of
 * {@code application.properties} (250), so an application can still override each setting.
 */
public class StdioConfigDefaults implements ConfigSourceFactory {

    static final int ORDINAL = 200;

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        ConfigValue transport = context.getValue("quarkus.warden.transport");
        if (transport == null || transport.getValue() == null || !"stdio".equalsIgnoreCase(transport.getValue())) {
            return List.of();
        }
        return List.of(new PropertiesConfigSource(Map.of(
                "quarkus.log.console.stderr", "true",
                "quarkus.banner.enabled", "false",
                "quarkus.http.host-enabled", "false"), "MCP Warden stdio transport defaults", ORDINAL));
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }
}
