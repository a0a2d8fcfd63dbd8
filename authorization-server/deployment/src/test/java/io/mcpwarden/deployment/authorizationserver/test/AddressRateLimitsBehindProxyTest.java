package io.mcpwarden.deployment.authorizationserver.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.quarkus.test.QuarkusUnitTest;

/**
 * Behind a trusted proxy (Quarkus' forwarded-header handling on, the proxy at 127.0.0.1), the per-address limit
 * counts the client address the proxy forwards; IPv6 clients count by their /64.
 */
class AddressRateLimitsBehindProxyTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthorizationServerApps.app("ratelimitsproxy")
            .withApplicationRoot(AuthorizationServerApps.root(RateLimitEvents.class))
            .overrideConfigKey("quarkus.http.proxy.proxy-address-forwarding", "true")
            .overrideConfigKey("quarkus.http.proxy.allow-x-forwarded", "true")
            .overrideConfigKey("quarkus.http.proxy.trusted-proxies", "127.0.0.1")
            .overrideConfigKey("quarkus.warden.authorization-server.rate-limits.token-per-address-per-minute", "1");

    @Inject
    RateLimitEvents events;

    private final OAuthFlow oauth = new OAuthFlow(AuthorizationServerApps.ORIGIN);

    private int tokenRequestFrom(String forwardedFor) {
        return oauth.send(HttpRequest.newBuilder(URI.create(AuthorizationServerApps.ORIGIN + "/oauth/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token&refresh_token=x&client_id=nobody")))
                .status();
    }

    @Test
    void eachForwardedAddressHasItsOwnLimit() {
        assertThat(tokenRequestFrom("203.0.113.7")).isEqualTo(401);
        assertThat(tokenRequestFrom("203.0.113.7")).isEqualTo(429);
        assertThat(events.last().sourceAddress()).isEqualTo("203.0.113.7");
        assertThat(tokenRequestFrom("203.0.113.8")).isEqualTo(401);
    }

    @Test
    void ipv6ClientsCountByTheirSlash64() {
        assertThat(tokenRequestFrom("[2001:db8:1:2::5]")).isEqualTo(401);
        assertThat(tokenRequestFrom("[2001:db8:1:2:ffff::6]")).as("same /64").isEqualTo(429);
        assertThat(tokenRequestFrom("[2001:db8:1:3::5]")).as("another /64").isEqualTo(401);
    }
}
