package io.mcpwarden;

/**
 * Tells subscribed clients that a resource changed ({@code notifications/resources/updated}). Inject it anywhere
 * and call {@link #updated(String)} after the content behind a URI changes; every session that subscribed to that
 * URI with {@code resources/subscribe} gets the notification on its GET stream (sessions without one miss it, as
 * the transport allows), and so does every open {@code subscriptions/listen} stream (2026-07-28) that lists the URI.
 * A client may subscribe only to resources its caller may read.
 *
 * <pre>{@code
 * @Inject
 * ResourceUpdates updates;
 *
 * void onPriceChange(String sku) {
 *     updates.updated("catalog://prices/" + sku);
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources#subscriptions">Resource
 *      subscriptions</a>
 */
public interface ResourceUpdates {

    /**
     * Notifies the sessions and listen streams subscribed to this URI; returns how many sessions were notified.
     */
    int updated(String uri);
}
