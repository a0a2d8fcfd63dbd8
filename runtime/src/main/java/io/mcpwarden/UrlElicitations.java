package io.mcpwarden;

/**
 * Tells clients that the out-of-band interaction of a URL-mode elicitation is done
 * ({@code notifications/elicitation/complete}), so that a client waiting on it can go on (and, for instance, retry
 * the call that needed it). Inject it where that interaction ends, such as the callback of a payment or an OAuth flow
 * that the elicitation's page started.
 *
 * <pre>{@code
 * @Inject
 * UrlElicitations elicitations;
 *
 * void onPaymentConfirmed(String paymentId) {
 *     elicitations.complete("pay-" + paymentId); // the id the tool passed to Elicitation.url(...)
 * }
 * }</pre>
 *
 * @see Elicitation#url(String, String, String)
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/elicitation#url-elicitation-requests">
 *      URL elicitation</a>
 */
public interface UrlElicitations {

    /**
     * Notifies the session whose tool sent the URL-mode elicitation with this id, once: the notification goes on the
     * session's GET stream (a session without one misses it, as the transport allows). Use ids no one can guess, such
     * as random UUIDs, so that only the flow you started can complete.
     *
     * @return how many sessions were notified: 0 when no live session sent this id, or it was completed already
     */
    int complete(String elicitationId);
}
