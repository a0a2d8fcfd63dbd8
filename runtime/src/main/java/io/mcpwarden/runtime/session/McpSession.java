package io.mcpwarden.runtime.session;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state the server keeps for one client between {@code initialize} and the end of the session.
 */
public final class McpSession {

    private final String id;
    private final String protocolVersion;
    private final JsonNode clientInfo;
    private final JsonNode clientCapabilities;
    private volatile boolean initialized;
    private volatile long lastAccessNanos;

    McpSession(String id, String protocolVersion, JsonNode clientInfo, JsonNode clientCapabilities, long nowNanos) {
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.clientInfo = clientInfo;
        this.clientCapabilities = clientCapabilities;
        this.lastAccessNanos = nowNanos;
    }

    public String id() {
        return id;
    }

    /**
     * The protocol version negotiated by {@code initialize}.
     */
    public String protocolVersion() {
        return protocolVersion;
    }

    public JsonNode clientInfo() {
        return clientInfo;
    }

    public JsonNode clientCapabilities() {
        return clientCapabilities;
    }

    /**
     * Whether the client has sent {@code notifications/initialized}.
     */
    public boolean initialized() {
        return initialized;
    }

    void markInitialized() {
        initialized = true;
    }

    long lastAccessNanos() {
        return lastAccessNanos;
    }

    void touch(long nowNanos) {
        lastAccessNanos = nowNanos;
    }
}
