package io.mcpwarden.runtime.protocol;

import java.util.List;

/**
 * The MCP protocol revisions this server speaks, newest first.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/lifecycle#version-negotiation">Version
 *      negotiation</a>
 */
public final class ProtocolVersions {

    /** The stateless revision: no {@code initialize}, no session; every request carries its own {@code _meta}. */
    public static final String V2026_07_28 = "2026-07-28";
    public static final String V2025_11_25 = "2025-11-25";
    public static final String V2025_06_18 = "2025-06-18";
    public static final String LATEST = V2025_11_25;
    /** The revisions negotiated by {@code initialize} (the session era). */
    public static final List<String> SUPPORTED = List.of(V2025_11_25, V2025_06_18);
    /** The revisions whose requests carry their version in {@code _meta} (the stateless era). */
    public static final List<String> STATELESS = List.of(V2026_07_28);
    /** Every revision this server speaks, newest first, as {@code server/discover} lists them. */
    public static final List<String> ALL = List.of(V2026_07_28, V2025_11_25, V2025_06_18);

    private ProtocolVersions() {
    }

    public static boolean isSupported(String version) {
        return version != null && SUPPORTED.contains(version);
    }

    public static boolean isStateless(String version) {
        return version != null && STATELESS.contains(version);
    }

    /**
     * The version to answer an {@code initialize} request with: the client's when we speak it, else our latest.
     */
    public static String negotiate(String requested) {
        return isSupported(requested) ? requested : LATEST;
    }
}
