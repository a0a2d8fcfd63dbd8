package io.mcpwarden.runtime.authorizationserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.mcpwarden.runtime.authorizationserver.store.Grant;
import io.vertx.core.json.JsonObject;

/**
 * Revocation requests (RFC 7009) with any form and any client authentication, against a grant holding one live
 * refresh token. The grant ends only when its own client, authenticated by the method it registered, revokes that
 * refresh token: no other client, no bad credential and no other token can end someone's grant. A well-formed
 * request of the owner always does. Every answer is 200 (also for a token the server does not know, as RFC 7009
 * says), 400 invalid_request, or 401 invalid_client with a challenge; never an exception nor another status.
 */
class RevocationRequestFuzzTest {

    private static final String[] CLIENTS = { Fixture.PUBLIC_CLIENT, Fixture.BASIC_CLIENT, Fixture.POST_CLIENT };
    private static final Map<String, String[]> POOLS = Map.of(
            "token", new String[] { Fixture.REFRESH_TOKEN, Fixture.CODE, Fixture.REFRESH_TOKEN + " ", "" },
            "token_type_hint", new String[] { "refresh_token", "access_token", "" },
            "client_id", CLIENTS,
            "client_secret", new String[] { Fixture.SECRET, "wrong", "" });
    private static final String[] FIELDS = POOLS.keySet().stream().sorted().toArray(String[]::new);
    private static final Set<String> KNOWN_FIELDS = Set.of(FIELDS);

    private static final Fixture FIXTURE = new Fixture("revocation");

    @FuzzTest(maxDuration = "20s")
    void revoke(FuzzedDataProvider data) {
        String owner = data.pickValue(CLIENTS);
        FIXTURE.resetGrant(owner);
        FakeExchange exchange = data.consumeInt(0, 7) == 0 ? wellFormed(owner) : request(data);
        Handlers.run(FIXTURE.handler(Endpoints.REVOKE), exchange);
        boolean revoked = FIXTURE.grants.find(Fixture.GRANT).map(Grant::revoked).orElseThrow();
        if (!exchange.method.equals("POST")) {
            assertThat(exchange.status).isEqualTo(405);
            assertThat(revoked).isFalse();
            return;
        }
        switch (exchange.status) {
            case 200 -> {
                assertThat(exchange.responseHeaders.get("Cache-Control")).isEqualTo("no-store");
                assertThat(exchange.responseBody).isNullOrEmpty();
            }
            case 400 -> assertThat(new JsonObject(exchange.responseBody).getString("error"))
                    .as(exchange.responseBody).isEqualTo("invalid_request");
            case 401 -> {
                assertThat(new JsonObject(exchange.responseBody).getString("error")).isEqualTo("invalid_client");
                assertThat(exchange.responseHeaders.get("WWW-Authenticate")).startsWith("Basic ");
            }
            default -> throw new AssertionError("status " + exchange.status + ": " + exchange.responseBody);
        }
        if (revoked) {
            assertThat(exchange.status).isEqualTo(200);
            assertThat(exchange.form.get("token")).isEqualTo(Fixture.REFRESH_TOKEN);
            assertThat(ownerAuthenticated(exchange, owner)).as("a grant ended by another client or a bad credential: %s %s",
                    exchange.headers, exchange.form).isTrue();
        }
        if (isWellFormed(exchange, owner)) {
            assertThat(exchange.status).as("the owner's own revocation").isEqualTo(200);
            assertThat(revoked).as("the owner's own revocation ended the grant").isTrue();
        }
    }

    /** Whether the request carries the owner's credential in the way the owner registered, and no other. */
    private static boolean ownerAuthenticated(FakeExchange exchange, String owner) {
        String authorization = exchange.headers.get("Authorization");
        String clientId = exchange.form.get("client_id");
        String secret = exchange.form.get("client_secret");
        return switch (owner) {
            case Fixture.PUBLIC_CLIENT -> Fixture.PUBLIC_CLIENT.equals(clientId) && secret == null
                    && (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6));
            case Fixture.BASIC_CLIENT -> basic(Fixture.BASIC_CLIENT, Fixture.SECRET).equals(authorization)
                    && secret == null;
            default -> Fixture.POST_CLIENT.equals(clientId) && Fixture.SECRET.equals(secret)
                    && (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6));
        };
    }

    /** The plain revocation of the live refresh token by its owner: one of each field, nothing else. */
    private static boolean isWellFormed(FakeExchange exchange, String owner) {
        String contentType = exchange.headers.get("Content-Type");
        return "application/x-www-form-urlencoded".equals(contentType)
                && exchange.form.names().stream().allMatch(KNOWN_FIELDS::contains)
                && exchange.form.names().stream().allMatch(name -> exchange.form.getAll(name).size() == 1)
                && Fixture.REFRESH_TOKEN.equals(exchange.form.get("token"))
                && (owner.equals(Fixture.BASIC_CLIENT) ? exchange.form.get("client_id") == null
                        || Fixture.BASIC_CLIENT.equals(exchange.form.get("client_id")) : true)
                && ownerAuthenticated(exchange, owner);
    }

    private static FakeExchange wellFormed(String owner) {
        FakeExchange exchange = new FakeExchange();
        exchange.method = "POST";
        exchange.headers.set("Content-Type", "application/x-www-form-urlencoded");
        exchange.form.add("token", Fixture.REFRESH_TOKEN);
        exchange.form.add("token_type_hint", "refresh_token");
        switch (owner) {
            case Fixture.PUBLIC_CLIENT -> exchange.form.add("client_id", Fixture.PUBLIC_CLIENT);
            case Fixture.BASIC_CLIENT -> exchange.headers.set("Authorization", basic(Fixture.BASIC_CLIENT,
                    Fixture.SECRET));
            default -> {
                exchange.form.add("client_id", Fixture.POST_CLIENT);
                exchange.form.add("client_secret", Fixture.SECRET);
            }
        }
        return exchange;
    }

    private static FakeExchange request(FuzzedDataProvider data) {
        FakeExchange exchange = new FakeExchange();
        exchange.method = data.consumeInt(0, 31) == 0 ? "GET" : "POST";
        exchange.headers.set("Content-Type", data.consumeInt(0, 15) == 0 ? data.consumeString(40)
                : "application/x-www-form-urlencoded");
        switch (data.consumeInt(0, 5)) {
            case 0 -> exchange.headers.set("Authorization", basic(Fixture.BASIC_CLIENT, Fixture.SECRET));
            case 1 -> exchange.headers.set("Authorization", basic(data.pickValue(CLIENTS),
                    data.consumeBoolean() ? Fixture.SECRET : data.consumeString(12)));
            case 2 -> exchange.headers.set("Authorization", "Basic " + data.consumeString(24));
            default -> {
            }
        }
        int fields = data.consumeInt(0, 6);
        for (int i = 0; i < fields; i++) {
            String name = data.consumeInt(0, 20) == 0 ? data.consumeString(10) : data.pickValue(FIELDS);
            String[] pool = POOLS.get(name);
            exchange.form.add(name, pool != null && data.consumeInt(0, 4) > 0 ? data.pickValue(pool)
                    : data.consumeString(60));
        }
        return exchange;
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
