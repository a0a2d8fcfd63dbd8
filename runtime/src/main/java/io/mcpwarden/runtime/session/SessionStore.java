package io.mcpwarden.runtime.session;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The live sessions of this server instance. Session ids are 256 random bits from {@link SecureRandom}, encoded as
 * base64url: visible ASCII, unguessable, and never a credential (authentication happens on every request).
 */
public final class SessionStore {

    /** The owner of every session when authentication is off: one owner, so never limited per identity. */
    public static final String ANONYMOUS = "anonymous";

    private static final Base64.Encoder ID_ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final ConcurrentHashMap<String, McpSession> sessions = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final long idleTimeoutNanos;
    private final Duration clientRequestTimeout;
    private final SessionsPerIdentity perIdentity;

    /**
     * @param clientRequestTimeout how long a request sent to the client (sampling, elicitation) waits for its answer
     * @param maxPerIdentity the most sessions one authenticated identity may hold at once; 0 for no limit
     * @param evictOldest at that limit, end the identity's least recently used session (true) or refuse the new one
     */
    public SessionStore(long idleTimeoutNanos, Duration clientRequestTimeout, int maxPerIdentity,
            boolean evictOldest) {
        this.idleTimeoutNanos = idleTimeoutNanos;
        this.clientRequestTimeout = clientRequestTimeout;
        this.perIdentity = maxPerIdentity > 0
                ? new SessionsPerIdentity(maxPerIdentity, evictOldest, idleTimeoutNanos)
                : null;
    }

    /**
     * A store without a limit per identity whose requests to clients wait five minutes for an answer.
     */
    public SessionStore(long idleTimeoutNanos) {
        this(idleTimeoutNanos, Duration.ofMinutes(5), 0, false);
    }

    /**
     * A new session of this owner.
     *
     * @throws SessionLimitException when the owner already holds the most sessions it may and new ones are refused
     */
    public McpSession create(String protocolVersion, JsonNode clientInfo, JsonNode clientCapabilities, String owner) {
        long now = System.nanoTime();
        McpSession session;
        do {
            session = new McpSession(newId(), protocolVersion, clientInfo, clientCapabilities, owner, now,
                    clientRequestTimeout, false);
        } while (sessions.containsKey(session.id()));
        if (perIdentity != null && !ANONYMOUS.equals(owner)) {
            SessionsPerIdentity.Admission admission = perIdentity.admit(session, now);
            for (McpSession ended : admission.ended()) {
                if (sessions.remove(ended.id(), ended)) {
                    ended.close();
                }
            }
            if (admission.refusal() != null) {
                throw admission.refusal();
            }
        }
        // 256 random bits: a collision between the check above and here is not a case to handle.
        sessions.put(session.id(), session);
        return session;
    }

    /**
     * The state of one request of the stateless era: not stored, without id; {@link #release} ends it once the
     * request is answered or its stream closes.
     */
    public McpSession stateless(String protocolVersion, JsonNode clientInfo, JsonNode clientCapabilities,
            String owner) {
        return new McpSession(null, protocolVersion, clientInfo, clientCapabilities, owner, System.nanoTime(),
                clientRequestTimeout, true);
    }

    /**
     * Ends the state of a stateless request: a tool still running is cancelled and its stream closed.
     */
    public void release(McpSession statelessRequest) {
        if (statelessRequest.stateless()) {
            statelessRequest.close();
        }
    }

    /**
     * The live session with this id owned by this identity, or null when there is none (never created, ended,
     * expired, or created by someone else: another identity's session id is answered as if it did not exist).
     */
    public McpSession find(String id, String owner) {
        McpSession session = sessions.get(id);
        if (session == null || !session.owner().equals(owner)) {
            return null;
        }
        long now = System.nanoTime();
        if (now - session.lastAccessNanos() > idleTimeoutNanos) {
            if (sessions.remove(id, session)) {
                ended(session);
            }
            return null;
        }
        session.touch(now);
        return session;
    }

    public void markInitialized(McpSession session) {
        session.markInitialized();
    }

    /**
     * Ends a session owned by this identity; returns false when there was none.
     */
    public boolean terminate(String id, String owner) {
        McpSession session = sessions.get(id);
        if (session == null || !session.owner().equals(owner) || !sessions.remove(id, session)) {
            return false;
        }
        ended(session);
        return System.nanoTime() - session.lastAccessNanos() <= idleTimeoutNanos;
    }

    /**
     * Drops every session idle for longer than the timeout.
     */
    public void evictIdle() {
        long now = System.nanoTime();
        sessions.values().removeIf(s -> {
            if (now - s.lastAccessNanos() > idleTimeoutNanos) {
                ended(s);
                return true;
            }
            return false;
        });
    }

    /**
     * Closes a session just removed from the store and gives its identity's slot back.
     */
    private void ended(McpSession session) {
        if (perIdentity != null) {
            perIdentity.release(session);
        }
        session.close();
    }

    /**
     * Every live session (for messages sent to all sessions, such as list changes).
     */
    public Iterable<McpSession> all() {
        return sessions.values();
    }

    public int size() {
        return sessions.size();
    }

    private String newId() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return ID_ENCODER.encodeToString(bytes);
    }
}
