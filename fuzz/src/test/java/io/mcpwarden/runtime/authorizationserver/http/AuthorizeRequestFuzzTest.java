package io.mcpwarden.runtime.authorizationserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.vertx.core.MultiMap;

/**
 * Authorization requests (RFC 6749 section 4.1.1, OAuth 2.1, RFC 7636, RFC 8707) with any query. Until the client and
 * its exact redirect URI are known the answer is a 400 page and never a redirect (no open redirect); after that,
 * refusals are 303 redirects to exactly that URI carrying an RFC 6749 error, the request's state and the RFC 9207
 * issuer; the login page (200, with the browser-binding cookie) is shown only for a request that is valid in every
 * respect. Never an exception nor another status.
 */
class AuthorizeRequestFuzzTest {

    private static final Set<String> REDIRECT_ERRORS = Set.of("invalid_request", "unsupported_response_type",
            "invalid_scope", "invalid_target", "temporarily_unavailable");
    private static final Pattern S256 = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final String[] SINGLE = { "client_id", "redirect_uri", "response_type", "state",
            "code_challenge", "code_challenge_method", "scope" };
    private static final Map<String, List<String>> REDIRECTS = Map.of(Fixture.PUBLIC_CLIENT,
            List.of(Fixture.REDIRECT, Fixture.OTHER_REDIRECT), Fixture.BASIC_CLIENT, List.of(Fixture.REDIRECT),
            Fixture.POST_CLIENT, List.of(Fixture.OTHER_REDIRECT));
    private static final Map<String, String[]> POOLS = Map.of(
            "client_id", new String[] { Fixture.PUBLIC_CLIENT, Fixture.BASIC_CLIENT, Fixture.POST_CLIENT, " ", "" },
            "redirect_uri", new String[] { Fixture.REDIRECT, Fixture.OTHER_REDIRECT, "https://evil.example/cb",
                    Fixture.REDIRECT + "/../evil", Fixture.REDIRECT.toUpperCase() },
            "response_type", new String[] { "code", "token", "code id_token", "" },
            "state", new String[] { "xyz", "a&b=c#d", "\"><script>alert(1)</script>", "%0d%0aLocation: x", "" },
            "code_challenge", new String[] { Fixture.CHALLENGE, "A".repeat(43), "A".repeat(42), "+".repeat(43) },
            "code_challenge_method", new String[] { "S256", "plain", "s256", "" },
            "scope", new String[] { "files:read", "files:read files:write", " admin  files:read ", "root", "" },
            "resource", new String[] { Fixture.RESOURCE, Fixture.RESOURCE + "/", "https://evil.example" });
    private static final String[] FIELDS = POOLS.keySet().stream().sorted().toArray(String[]::new);

    private static final Fixture FIXTURE = new Fixture("authorize");

    @FuzzTest(maxDuration = "20s")
    void authorize(FuzzedDataProvider data) {
        FakeExchange exchange = new FakeExchange();
        exchange.method = data.consumeInt(0, 31) == 0 ? "POST" : "GET";
        int fields = data.consumeInt(0, 10);
        for (int i = 0; i < fields; i++) {
            String name = data.consumeInt(0, 20) == 0 ? data.consumeString(10) : data.pickValue(FIELDS);
            String[] pool = POOLS.get(name);
            exchange.params.add(name, pool != null && data.consumeInt(0, 4) > 0 ? data.pickValue(pool)
                    : data.consumeString(60));
        }

        Handlers.run(FIXTURE.handler(Endpoints.AUTHORIZE), exchange);

        if (exchange.method.equals("POST")) {
            assertThat(exchange.status).isEqualTo(405);
            return;
        }
        MultiMap params = exchange.params;
        String redirect = trustedRedirect(params);
        String location = exchange.responseHeaders.get("Location");
        if (redirect == null) {
            assertThat(exchange.status).as("untrusted client or redirect URI: %s", params).isEqualTo(400);
            assertThat(location).isNull();
        }
        switch (exchange.status) {
            case 400 -> {
                assertThat(location).isNull();
                page(exchange);
            }
            case 303 -> {
                assertThat(redirect).isNotNull();
                assertThat(location).startsWith(redirect + (redirect.contains("?") ? "&" : "?"));
                Map<String, String> query = query(URI.create(location).getRawQuery());
                assertThat(REDIRECT_ERRORS).contains(query.get("error"));
                assertThat(query.get("error_description")).isNotBlank();
                assertThat(query.get("iss")).isEqualTo(Fixture.ISSUER);
                assertThat(query.get("state")).isEqualTo(params.get("state"));
                assertThat(exchange.responseCookies).isEmpty();
            }
            case 200 -> {
                assertThat(redirect).isNotNull();
                assertThat(params.get("response_type")).isEqualTo("code");
                assertThat(params.get("code_challenge_method")).isEqualTo("S256");
                assertThat(params.get("code_challenge")).matches(S256);
                assertThat(params.getAll("resource")).allMatch(Fixture.RESOURCE::equals);
                String scope = params.get("scope");
                if (scope != null) {
                    for (String s : scope.trim().split(" +")) {
                        assertThat(s.isEmpty() || Fixture.SCOPES.contains(s)).as("scope %s", s).isTrue();
                    }
                }
                assertThat(exchange.responseCookies).singleElement()
                        .satisfies(cookie -> assertThat(cookie.isHttpOnly()).isTrue());
                page(exchange);
            }
            default -> throw new AssertionError("status " + exchange.status);
        }
    }

    /** The redirect URI errors may go to: the request's, when the client is known and registered exactly that. */
    private static String trustedRedirect(MultiMap params) {
        for (String name : SINGLE) {
            if (params.getAll(name).size() > 1) {
                return null;
            }
        }
        String clientId = params.get("client_id");
        List<String> registered = clientId == null ? null : REDIRECTS.get(clientId);
        if (registered == null) {
            return null;
        }
        String requested = params.get("redirect_uri");
        if (requested == null) {
            return registered.size() == 1 ? registered.get(0) : null;
        }
        return registered.contains(requested) ? requested : null;
    }

    private static void page(FakeExchange exchange) {
        assertThat(exchange.responseHeaders.get("Content-Type")).startsWith("text/html");
        assertThat(exchange.responseHeaders.get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(exchange.responseBody).doesNotContain("<script");
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
            assertThat(values.put(name, URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8)))
                    .as("%s twice in the redirect", name).isNull();
        }
        return values;
    }
}
