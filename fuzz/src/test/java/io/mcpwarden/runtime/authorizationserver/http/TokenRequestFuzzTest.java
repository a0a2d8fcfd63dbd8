package io.mcpwarden.runtime.authorizationserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.vertx.core.json.JsonObject;

/**
 * Token requests (RFC 6749 sections 3.2, 4.1.3, 6; RFC 7636; RFC 8707) with any form and any client authentication,
 * against a grant holding one live code and one live refresh token. Tokens are issued only when everything matches
 * (the grant's client, authenticated by the method it registered; the live code with its redirect URI and PKCE
 * verifier, or the live refresh token; the one resource; no added scope); a second identical request is then refused
 * with invalid_grant (single-use codes, rotating refresh tokens). Every other request gets 400 with an RFC 6749 error
 * code, or 401 invalid_client with a challenge. Never an exception nor another status.
 */
class TokenRequestFuzzTest {

    private static final Set<String> ERRORS_400 = Set.of("invalid_request", "invalid_grant", "unsupported_grant_type",
            "invalid_scope", "invalid_target");
    private static final String[] CLIENTS = { Fixture.PUBLIC_CLIENT, Fixture.BASIC_CLIENT, Fixture.POST_CLIENT };
    private static final Map<String, String[]> POOLS = Map.of(
            "grant_type", new String[] { "authorization_code", "refresh_token", "client_credentials", "" },
            "code", new String[] { Fixture.CODE, Fixture.CODE + "x", "" },
            "redirect_uri", new String[] { Fixture.REDIRECT, Fixture.OTHER_REDIRECT, Fixture.REDIRECT + "/" },
            "code_verifier", new String[] { Fixture.VERIFIER, Fixture.VERIFIER.substring(1), "a".repeat(43), "" },
            "refresh_token", new String[] { Fixture.REFRESH_TOKEN, Fixture.CODE, "" },
            "scope", new String[] { "files:read", "files:read files:write", " files:write  ", "admin", "", "x y" },
            "client_id", CLIENTS,
            "client_secret", new String[] { Fixture.SECRET, "wrong", "" },
            "resource", new String[] { Fixture.RESOURCE, Fixture.RESOURCE + "/", "" });
    private static final String[] FIELDS = POOLS.keySet().stream().sorted().toArray(String[]::new);

    private static final Fixture FIXTURE = new Fixture("token");

    @FuzzTest(maxDuration = "20s")
    void token(FuzzedDataProvider data) {
        String owner = data.pickValue(CLIENTS);
        FIXTURE.resetGrant(owner);
        FakeExchange first = request(data);
        Handlers.run(FIXTURE.handler(Endpoints.TOKEN), first);
        if (!first.method.equals("POST")) {
            assertThat(first.status).isEqualTo(405);
            return;
        }
        assertThat(first.responseHeaders.get("Cache-Control")).isEqualTo("no-store");
        JsonObject answer = new JsonObject(first.responseBody);
        switch (first.status) {
            case 400 -> assertThat(ERRORS_400).as(first.responseBody).contains(answer.getString("error"));
            case 401 -> {
                assertThat(answer.getString("error")).isEqualTo("invalid_client");
                assertThat(first.responseHeaders.get("WWW-Authenticate")).startsWith("Basic ");
            }
            case 200 -> {
                issued(first, owner, answer);
                // The same request again: the code was single use, the refresh token rotated.
                FakeExchange replay = copy(first);
                Handlers.run(FIXTURE.handler(Endpoints.TOKEN), replay);
                assertThat(replay.status).as("replayed %s", first.form).isEqualTo(400);
                assertThat(new JsonObject(replay.responseBody).getString("error")).isEqualTo("invalid_grant");
            }
            default -> throw new AssertionError("status " + first.status + ": " + first.responseBody);
        }
        if (first.status != 200) {
            assertThat(answer.getString("error_description")).isNotBlank();
            assertThat(answer.containsKey("access_token")).isFalse();
        }
    }

    /** What a 200 implies, checked against the request independently of the handler. */
    private static void issued(FakeExchange request, String owner, JsonObject answer) {
        var form = request.form;
        assertThat(request.headers.get("Content-Type")).startsWith("application/x-www-form-urlencoded");
        for (String field : FIELDS) {
            if (!field.equals("resource")) {
                assertThat(form.getAll(field)).as(field).hasSizeLessThanOrEqualTo(1);
            }
        }
        assertThat(form.getAll("resource")).allMatch(Fixture.RESOURCE::equals);
        String basic = request.headers.get("Authorization");
        String authenticatedAs;
        switch (owner) {
            case Fixture.PUBLIC_CLIENT -> {
                assertThat(form.get("client_secret")).isNull();
                assertThat(basic == null || !basic.regionMatches(true, 0, "Basic ", 0, 6)).isTrue();
                authenticatedAs = form.get("client_id");
            }
            case Fixture.BASIC_CLIENT -> {
                assertThat(form.get("client_secret")).isNull();
                assertThat(decodeBasic(basic)).containsExactly(Fixture.BASIC_CLIENT, Fixture.SECRET);
                authenticatedAs = Fixture.BASIC_CLIENT;
            }
            default -> {
                assertThat(basic == null || !basic.regionMatches(true, 0, "Basic ", 0, 6)).isTrue();
                assertThat(form.get("client_secret")).isEqualTo(Fixture.SECRET);
                authenticatedAs = form.get("client_id");
            }
        }
        assertThat(authenticatedAs).as("tokens for another client's grant").isEqualTo(owner);
        String grantType = form.get("grant_type");
        if ("authorization_code".equals(grantType)) {
            assertThat(form.get("code")).isEqualTo(Fixture.CODE);
            assertThat(form.get("redirect_uri")).isEqualTo(Fixture.REDIRECT);
            assertThat(form.get("code_verifier")).isEqualTo(Fixture.VERIFIER);
        } else {
            assertThat(grantType).isEqualTo("refresh_token");
            assertThat(form.get("refresh_token")).isEqualTo(Fixture.REFRESH_TOKEN);
        }
        assertThat(answer.getString("access_token").split("\\.")).hasSize(3);
        assertThat(answer.getString("token_type")).isEqualTo("Bearer");
        assertThat(answer.getLong("expires_in")).isPositive();
        assertThat(Fixture.GRANT_SCOPES).containsAll(List.of(answer.getString("scope").split(" ")));
        assertThat(answer.containsKey("refresh_token")).isEqualTo(!owner.equals(Fixture.POST_CLIENT));
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
            case 3 -> exchange.headers.set("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(data.consumeString(24).getBytes(StandardCharsets.UTF_8)));
            default -> {
            }
        }
        int fields = data.consumeInt(0, 9);
        for (int i = 0; i < fields; i++) {
            String name = data.consumeInt(0, 20) == 0 ? data.consumeString(10) : data.pickValue(FIELDS);
            String[] pool = POOLS.get(name);
            exchange.form.add(name, pool != null && data.consumeInt(0, 4) > 0 ? data.pickValue(pool)
                    : data.consumeString(60));
        }
        return exchange;
    }

    private static FakeExchange copy(FakeExchange original) {
        FakeExchange copy = new FakeExchange();
        copy.method = original.method;
        copy.headers.addAll(original.headers);
        copy.form.addAll(original.form);
        return copy;
    }

    /** RFC 7617 with RFC 6749 section 2.3.1: form-encoded id and secret, Base64, after the scheme. */
    private static String[] decodeBasic(String header) {
        assertThat(header).isNotNull();
        assertThat(header.regionMatches(true, 0, "Basic ", 0, 6)).isTrue();
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        int colon = decoded.indexOf(':');
        return new String[] { java.net.URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                java.net.URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
    }

    private static String basic(String id, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
