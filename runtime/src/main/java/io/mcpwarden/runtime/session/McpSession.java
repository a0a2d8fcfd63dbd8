package io.mcpwarden.runtime.session;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The state the server keeps for one client between {@code initialize} and the end of the session; in the stateless
 * era (2026-07-28) the same state scoped to one request, built from the request's {@code _meta} and dropped with its
 * response.
 */
public final class McpSession {

    private final String id;
    private final String protocolVersion;
    private final JsonNode clientInfo;
    private final JsonNode clientCapabilities;
    private final String owner;
    private volatile boolean initialized;
    private volatile long lastAccessNanos;
    private final Duration clientRequestTimeout;
    private volatile SessionChannel channel;
    private final boolean stateless;

    McpSession(String id, String protocolVersion, JsonNode clientInfo, JsonNode clientCapabilities, String owner,
            long nowNanos, Duration clientRequestTimeout, boolean stateless) {
        this.stateless = stateless;
        this.clientRequestTimeout = clientRequestTimeout;
        this.owner = owner;
        this.id = id;
        this.protocolVersion = protocolVersion;
        this.clientInfo = clientInfo;
        this.clientCapabilities = clientCapabilities;
        this.lastAccessNanos = nowNanos;
    }

    /**
     * The session id, or null for the per-request state of the stateless era.
     */
    public String id() {
        return id;
    }

    /**
     * Whether this state belongs to one request of the stateless era (2026-07-28): the server sends the client no
     * requests, and log messages only when the request asked for a level.
     */
    public boolean stateless() {
        return stateless;
    }

    /**
     * The protocol version negotiated by {@code initialize}.
     */
    public String protocolVersion() {
        return protocolVersion;
    }

    /**
     * The identity that created the session (issuer, subject and client); only it may use the session.
     */
    public String owner() {
        return owner;
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

    /**
     * The session's two-way state, created on first use.
     */
    public SessionChannel channel() {
        SessionChannel current = channel;
        if (current == null) {
            synchronized (this) {
                current = channel;
                if (current == null) {
                    current = new SessionChannel(clientRequestTimeout, stateless);
                    channel = current;
                }
            }
        }
        return current;
    }

    /**
     * The session's two-way state if something created it, else null; never creates it.
     */
    public SessionChannel channelIfCreated() {
        return channel;
    }

    /**
     * Whether the client declared this capability in {@code initialize} ({@code sampling}, {@code elicitation}...).
     */
    public boolean clientDeclared(String capability) {
        return clientCapabilities != null && clientCapabilities.hasNonNull(capability)
                && clientCapabilities.get(capability).isObject();
    }

    /**
     * A new stateless state with this one's client, capabilities and owner, for work that outlives the request
     * (a task): it is not closed with the request, only by {@link #end()}.
     */
    public McpSession detached() {
        return new McpSession(null, protocolVersion, clientInfo, clientCapabilities, owner, System.nanoTime(),
                clientRequestTimeout, true);
    }

    /**
     * Ends a {@link #detached()} state: what still waits on it is cancelled.
     */
    public void end() {
        close();
    }

    void close() {
        SessionChannel current = channel;
        if (current != null) {
            current.close();
        }
    }
}
