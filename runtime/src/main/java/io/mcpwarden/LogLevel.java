package io.mcpwarden;

import java.util.Locale;

/**
 * The severity of a log message sent to the client, as in the syslog levels of RFC 5424 that MCP uses.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/logging">Logging</a>
 */
public enum LogLevel {
    DEBUG,
    INFO,
    NOTICE,
    WARNING,
    ERROR,
    CRITICAL,
    ALERT,
    EMERGENCY;

    /**
     * The name on the wire, for instance {@code "warning"}.
     */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The level with this wire name, or null when there is none.
     */
    public static LogLevel fromWireName(String name) {
        for (LogLevel level : values()) {
            if (level.wireName().equals(name)) {
                return level;
            }
        }
        return null;
    }
}
