package io.mcpwarden.runtime.authorizationserver.limits;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;

import io.mcpwarden.runtime.authorizationserver.config.AuthorizationServerConfig;
import io.mcpwarden.runtime.limits.RateLimiter;
import io.vertx.ext.web.RoutingContext;

/**
 * The per-address rate limits of the authorization server's endpoints: authorization, login, token, revocation and
 * registration, each its own {@link RateLimiter} keyed by the request's source address.
 */
public final class AddressRateLimits {

    /** An endpoint with a per-address limit. */
    public enum Endpoint {
        AUTHORIZE("authorization requests", "minute"),
        LOGIN("sign-in attempts", "minute"),
        TOKEN("token requests", "minute"),
        REVOCATION("revocation requests", "minute"),
        REGISTRATION("registrations", "hour");

        private final String what;
        private final String per;

        Endpoint(String what, String per) {
            this.what = what;
            this.per = per;
        }
    }

    private final RateLimiter[] limiters = new RateLimiter[Endpoint.values().length];

    private AddressRateLimits() {
    }

    public static AddressRateLimits of(AuthorizationServerConfig config) {
        AuthorizationServerConfig.RateLimits limits = config.rateLimits();
        int maxTracked = limits.maxTrackedAddresses();
        return new AddressRateLimits()
                .with(Endpoint.AUTHORIZE, limits.authorizePerAddressPerMinute(), Duration.ofMinutes(1), maxTracked)
                .with(Endpoint.LOGIN, limits.loginPerAddressPerMinute(), Duration.ofMinutes(1), maxTracked)
                .with(Endpoint.TOKEN, limits.tokenPerAddressPerMinute(), Duration.ofMinutes(1), maxTracked)
                .with(Endpoint.REVOCATION, limits.revocationPerAddressPerMinute(), Duration.ofMinutes(1), maxTracked)
                .with(Endpoint.REGISTRATION, config.registration().maxPerAddressPerHour(), Duration.ofHours(1),
                        maxTracked);
    }

    /** No limit anywhere. */
    public static AddressRateLimits none() {
        return new AddressRateLimits();
    }

    private AddressRateLimits with(Endpoint endpoint, int limit, Duration window, int maxTracked) {
        if (limit > 0) {
            limiters[endpoint.ordinal()] = new RateLimiter(limit, window, maxTracked, System::nanoTime);
        }
        return this;
    }

    /**
     * Counts one request of the address of this exchange; null when it may go on, otherwise the refusal to answer.
     */
    public Refusal acquire(Endpoint endpoint, RoutingContext ctx) {
        RateLimiter limiter = limiters[endpoint.ordinal()];
        if (limiter == null) {
            return null;
        }
        long wait = limiter.acquire(key(address(ctx)));
        if (wait == 0) {
            return null;
        }
        long seconds = RateLimiter.retryAfterSeconds(wait);
        return new Refusal(seconds, "Too many " + endpoint.what + " from this address (" + limiter.limit() + " per "
                + endpoint.per + "); try again in " + seconds + " seconds.");
    }

    /**
     * The source address: the TCP peer, or the one a trusted proxy forwarded. Vert.x gives a forwarded IPv6 address
     * (written {@code [2001:db8::1]}) as a host without a host address, so the host is the fallback.
     */
    private static String address(RoutingContext ctx) {
        var remote = ctx.request().remoteAddress();
        if (remote == null) {
            return null;
        }
        return remote.hostAddress() != null ? remote.hostAddress() : remote.host();
    }

    /** Forgets the addresses whose limits are whole again. */
    public void evictIdle() {
        for (RateLimiter limiter : limiters) {
            if (limiter != null) {
                limiter.evictIdle();
            }
        }
    }

    /**
     * The address as counted: IPv4 and unparsable values as they are, IPv6 by their /64 network (one host usually
     * holds a whole /64, and could otherwise rotate through it to escape the limit).
     */
    static String key(String address) {
        if (address == null || address.indexOf(':') < 0) {
            return String.valueOf(address);
        }
        try {
            // A literal with a colon is parsed, never looked up.
            InetAddress parsed = InetAddress.getByName(address);
            if (!(parsed instanceof Inet6Address)) {
                return parsed.getHostAddress();
            }
            byte[] bytes = parsed.getAddress();
            java.util.Arrays.fill(bytes, 8, 16, (byte) 0);
            return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }

    /**
     * A refused request: the {@code Retry-After} seconds and a description for the answer.
     */
    public record Refusal(long retryAfterSeconds, String description) {

        /** The reason recorded in the audit event. */
        public String auditReason(Endpoint endpoint) {
            return "rate_limited: " + endpoint.name().toLowerCase(java.util.Locale.ROOT) + ": " + description;
        }
    }
}
