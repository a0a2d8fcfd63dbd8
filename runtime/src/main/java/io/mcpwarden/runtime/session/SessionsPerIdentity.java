package io.mcpwarden.runtime.session;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The live sessions of each identity (session owner), so that one identity cannot hold more than {@code limit}.
 * Each identity's set is only read and changed inside {@link ConcurrentHashMap#compute}, which locks that identity
 * alone: identities never wait for each other, and only {@code initialize} and session endings get here, never the
 * requests inside a session.
 */
final class SessionsPerIdentity {

    private final int limit;
    /** At the limit: true to end the identity's least recently used session, false to refuse the new one. */
    private final boolean evictOldest;
    private final long idleTimeoutNanos;
    private final ConcurrentHashMap<String, Set<McpSession>> byOwner = new ConcurrentHashMap<>();

    SessionsPerIdentity(int limit, boolean evictOldest, long idleTimeoutNanos) {
        this.limit = limit;
        this.evictOldest = evictOldest;
        this.idleTimeoutNanos = idleTimeoutNanos;
    }

    /**
     * What {@link #admit} decided.
     *
     * @param ended the identity's sessions to end: those that had expired, and when evicting
     *        the one evicted; the store removes and closes them
     * @param refusal null when the new session took a slot
     */
    record Admission(List<McpSession> ended, SessionLimitException refusal) {
    }

    /**
     * Takes a slot for the new session, or refuses it when the identity is full and refusing is the rule.
     */
    Admission admit(McpSession session, long now) {
        List<McpSession> ended = new ArrayList<>(1);
        long[] refusedWait = { -1 };
        byOwner.compute(session.owner(), (owner, live) -> {
            Set<McpSession> sessions = live != null ? live : new HashSet<>();
            sessions.removeIf(s -> {
                boolean expired = now - s.lastAccessNanos() > idleTimeoutNanos;
                if (expired) {
                    ended.add(s);
                }
                return expired;
            });
            if (sessions.size() >= limit) {
                McpSession leastRecentlyUsed = null;
                for (McpSession s : sessions) {
                    if (leastRecentlyUsed == null || s.lastAccessNanos() - leastRecentlyUsed.lastAccessNanos() < 0) {
                        leastRecentlyUsed = s;
                    }
                }
                if (!evictOldest) {
                    refusedWait[0] = Math.max(0, idleTimeoutNanos - (now - leastRecentlyUsed.lastAccessNanos()));
                    return sessions.isEmpty() ? null : sessions;
                }
                sessions.remove(leastRecentlyUsed);
                ended.add(leastRecentlyUsed);
            }
            sessions.add(session);
            return sessions;
        });
        return new Admission(ended, refusedWait[0] >= 0 ? new SessionLimitException(limit, refusedWait[0]) : null);
    }

    /**
     * Gives the slot of an ended session back.
     */
    void release(McpSession session) {
        byOwner.computeIfPresent(session.owner(), (owner, sessions) -> {
            sessions.remove(session);
            return sessions.isEmpty() ? null : sessions;
        });
    }
}
