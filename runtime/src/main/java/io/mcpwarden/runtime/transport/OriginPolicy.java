package io.mcpwarden.runtime.transport;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides whether a request's {@code Origin} may call the endpoint. Requests without an {@code Origin} (non-browser
 * clients) pass; browser requests pass only from loopback origins or the configured list. This stops a web page from
 * driving a local MCP server through DNS rebinding.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/transports#security-warning">Transport
 *      security</a>
 */
public final class OriginPolicy {

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final boolean allowAll;
    private final Set<String> allowed;

    public OriginPolicy(List<String> allowedOrigins) {
        this.allowAll = allowedOrigins.contains("*");
        this.allowed = allowedOrigins.stream().map(OriginPolicy::normalize).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(String origin) {
        if (origin == null || allowAll) {
            return true;
        }
        String normalized = normalize(origin);
        return allowed.contains(normalized) || isLoopback(normalized);
    }

    private static boolean isLoopback(String origin) {
        try {
            URI uri = new URI(origin);
            String scheme = uri.getScheme();
            String host = uri.getHost();
            return ("http".equals(scheme) || "https".equals(scheme)) && host != null
                    && LOOPBACK_HOSTS.contains(host) && uri.getRawPath().isEmpty() && uri.getRawQuery() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String normalize(String origin) {
        String trimmed = origin.trim().toLowerCase(Locale.ROOT);
        return trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed;
    }
}
