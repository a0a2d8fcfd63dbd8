package io.mcpwarden.runtime.session;

/**
 * An identity already holds as many sessions as it may, and the server is configured to refuse new ones.
 */
public final class SessionLimitException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int limit;
    private final long waitNanos;

    SessionLimitException(int limit, long waitNanos) {
        super(null, null, false, false);
        this.limit = limit;
        this.waitNanos = waitNanos;
    }

    /** The most sessions one identity may hold. */
    public int limit() {
        return limit;
    }

    /** How long until the identity's least recently used session expires, unless it is used or ended first. */
    public long waitNanos() {
        return waitNanos;
    }
}
