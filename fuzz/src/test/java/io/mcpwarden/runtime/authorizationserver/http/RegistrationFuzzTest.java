package io.mcpwarden.runtime.authorizationserver.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Dynamic client registration (RFC 7591) with any metadata document. The endpoint either registers the client with
 * every documented constraint holding (redirect URIs on loopback over http or on an allowed host over https, without
 * fragment or user information; grant types within authorization_code and refresh_token and including the first;
 * response type code; an allowed authentication method, with a secret exactly when it is not {@code none}; a name of
 * at most 100 characters without control characters; only declared scopes), and stores what it answered; or it
 * refuses with 400 and an RFC 7591 error code. Never an exception (the route would answer 500) nor another status.
 */
class RegistrationFuzzTest {

    private static final Set<String> ERRORS = Set.of("invalid_request", "invalid_client_metadata",
            "invalid_redirect_uri");
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "[::1]", "localhost");
    private static final String[] REDIRECTS = { Fixture.REDIRECT, "http://localhost/cb", "http://[::1]:9/x",
            "https://app.example/cb", "https://APP.example/cb", "https://evil.example/cb", "http://app.example/cb",
            "http://127.0.0.1/cb#frag", "https://user:pw@app.example/cb", "/relative", "http:opaque", "urn:x:y",
            "http://127.0.0.1:99999/", "javascript:alert(1)", "http://127.0.0.1/\u00e9", "http://127.0.0.1/a b" };
    private static final String[] GRANT_TYPES = { "authorization_code", "refresh_token", "client_credentials",
            "implicit", "" };
    private static final String[] METHODS = { "none", "client_secret_basic", "client_secret_post",
            "private_key_jwt", "" };
    private static final String[] MEMBERS = { "redirect_uris", "grant_types", "response_types",
            "token_endpoint_auth_method", "client_name", "scope", "client_uri", "jwks" };

    private static final Fixture FIXTURE = new Fixture("registration");

    @FuzzTest(maxDuration = "20s")
    void register(FuzzedDataProvider data) {
        FakeExchange exchange = new FakeExchange();
        exchange.method = data.consumeInt(0, 31) == 0 ? "GET" : "POST";
        exchange.headers.set("Content-Type", data.consumeInt(0, 15) == 0 ? data.consumeString(30)
                : "application/json; charset=utf-8");
        String body = data.consumeBoolean() ? metadata(data).encode() : data.consumeRemainingAsString();
        exchange.body = Buffer.buffer(body);

        Handlers.run(FIXTURE.handler(Endpoints.REGISTER), exchange);

        if (exchange.method.equals("GET")) {
            assertThat(exchange.status).isEqualTo(405);
            return;
        }
        JsonObject answer = new JsonObject(exchange.responseBody);
        if (exchange.status == 400) {
            assertThat(ERRORS).contains(answer.getString("error"));
            assertThat(answer.getString("error_description")).isNotBlank();
            return;
        }
        assertThat(exchange.status).as("status for %s: %s", body, exchange.responseBody).isEqualTo(201);
        assertThat(exchange.responseHeaders.get("Content-Type")).startsWith("application/json");
        assertThat(exchange.responseHeaders.get("Cache-Control")).isEqualTo("no-store");
        JsonObject request = (JsonObject) Json.decodeValue(body);
        accepted(request, answer);
        FIXTURE.db.update("DELETE FROM warden_client WHERE client_id = ?", answer.getString("client_id"));
    }

    /**
     * Found by this target: a redirect URI longer than the database column that stores it (4000 characters for all of
     * a client's, 2000 for the one of each authorization code) made the insert fail, and the endpoint answered 500.
     */
    @Test
    void redirectUrisLongerThanTheirColumnsAreRefused() {
        String long2001 = Fixture.REDIRECT + "/" + "p".repeat(2000 - Fixture.REDIRECT.length());
        assertThat(long2001).hasSize(2001);
        assertThat(registration(new JsonArray().add(long2001))).isEqualTo("invalid_redirect_uri");
        JsonArray three = new JsonArray();
        for (int i = 0; i < 3; i++) {
            three.add(Fixture.REDIRECT + "/" + i + "p".repeat(1400));
        }
        assertThat(registration(three)).isEqualTo("invalid_client_metadata");
        assertThat(registration(new JsonArray().add(Fixture.REDIRECT + "/" + "p".repeat(1900)).add(Fixture.REDIRECT
                + "/" + "q".repeat(1900)))).isEqualTo("201");
    }

    /** The error code of a registration with these redirect URIs, or "201". */
    private static String registration(JsonArray redirectUris) {
        FakeExchange exchange = new FakeExchange();
        exchange.method = "POST";
        exchange.headers.set("Content-Type", "application/json");
        exchange.body = Buffer.buffer(new JsonObject().put("redirect_uris", redirectUris).encode());
        Handlers.run(FIXTURE.handler(Endpoints.REGISTER), exchange);
        JsonObject answer = new JsonObject(exchange.responseBody);
        if (exchange.status == 201) {
            FIXTURE.db.update("DELETE FROM warden_client WHERE client_id = ?", answer.getString("client_id"));
            return "201";
        }
        assertThat(exchange.status).isEqualTo(400);
        return answer.getString("error");
    }

    private static void accepted(JsonObject request, JsonObject answer) {
        List<String> redirects = strings(answer.getJsonArray("redirect_uris"));
        assertThat(redirects).isNotEmpty()
                .isEqualTo(List.copyOf(new LinkedHashSet<>(strings(request.getJsonArray("redirect_uris")))));
        for (String redirect : redirects) {
            URI uri = URI.create(redirect);
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            assertThat(("http".equals(uri.getScheme()) && LOOPBACK.contains(host))
                    || ("https".equals(uri.getScheme()) && host.equals(Fixture.ALLOWED_HTTPS_HOST)))
                    .as("accepted redirect URI %s", redirect).isTrue();
            assertThat(uri.getRawFragment()).isNull();
            assertThat(uri.getRawUserInfo()).isNull();
        }
        List<String> grantTypes = strings(answer.getJsonArray("grant_types"));
        assertThat(grantTypes).contains("authorization_code").isSubsetOf("authorization_code", "refresh_token");
        assertThat(strings(answer.getJsonArray("response_types"))).containsExactly("code");
        String method = answer.getString("token_endpoint_auth_method");
        assertThat(Fixture.AUTH_METHODS).contains(method);
        assertThat(answer.containsKey("client_secret")).isEqualTo(!method.equals("none"));
        String name = answer.getString("client_name");
        assertThat(name).isNotEmpty().hasSizeLessThanOrEqualTo(100).doesNotContainPattern("[\\p{Cc}\\p{Cf}]");
        String scope = answer.getString("scope");
        List<String> scopes = scope.isEmpty() ? List.of() : List.of(scope.split(" "));
        assertThat(Fixture.SCOPES).containsAll(scopes);
        var stored = FIXTURE.clients.find(answer.getString("client_id")).orElseThrow();
        assertThat(stored.redirectUris()).isEqualTo(redirects);
        assertThat(stored.name()).isEqualTo(name);
        assertThat(stored.authMethod()).isEqualTo(method);
        assertThat(stored.scopes()).containsExactlyElementsOf(scopes);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(String.class::cast).toList();
    }

    private static JsonObject metadata(FuzzedDataProvider data) {
        JsonObject metadata = new JsonObject();
        for (String member : MEMBERS) {
            int choice = data.consumeInt(0, 4);
            if (choice == 0) {
                continue;
            }
            Object value = switch (member) {
                case "redirect_uris" -> choice == 4 ? data.consumeString(20) : array(data, REDIRECTS, choice == 3);
                case "grant_types" -> choice == 4 ? data.consumeInt() : array(data, GRANT_TYPES, false);
                case "response_types" -> choice == 4 ? "code" : array(data, new String[] { "code", "token" }, false);
                case "token_endpoint_auth_method" -> choice == 4 ? data.consumeBoolean() : data.pickValue(METHODS);
                case "client_name" -> choice == 4 ? "x".repeat(data.consumeInt(95, 105)) : data.consumeString(40);
                case "scope" -> choice == 4 ? data.consumeString(30)
                        : String.join(data.pickValue(new String[] { " ", "  ", "\t" }),
                                data.pickValues(Fixture.SCOPES, data.consumeInt(1, 3)));
                default -> choice == 4 ? new JsonArray().add(1) : data.consumeString(10);
            };
            metadata.put(member, value);
        }
        return metadata;
    }

    private static JsonArray array(FuzzedDataProvider data, String[] pool, boolean free) {
        JsonArray array = new JsonArray();
        int size = data.consumeInt(0, 3);
        for (int i = 0; i < size; i++) {
            switch (free ? data.consumeInt(0, 3) : 0) {
                case 0 -> array.add(data.pickValue(pool));
                case 1 -> array.add(data.consumeString(40));
                // Long URIs: the registration document may be up to the 64 KiB body limit.
                case 2 -> array.add(Fixture.REDIRECT + "/" + "p".repeat(data.consumeInt(0, 6000)));
                default -> array.add(data.consumeInt());
            }
        }
        return array;
    }
}
