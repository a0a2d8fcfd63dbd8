package io.mcpwarden.demo.oauth;

import static io.mcpwarden.demo.oauth.BrowserlessOAuth.REDIRECT_URI;
import static io.mcpwarden.demo.oauth.BrowserlessOAuth.form;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A client registered with the demo's authorization server, public ({@code none}) or confidential
 * ({@code client_secret_basic}, {@code client_secret_post}), that runs the code flow as the demo user over HTTP and
 * uses the token and revocation endpoints. Every secret it sees or makes is handed to the {@code secrets} sink.
 */
final class OAuthClient {

    /** What one run of the code flow produced. */
    record Authorization(String code, String verifier, String browserCookie, JsonNode tokens) {
        String accessToken() {
            return tokens.path("access_token").asText();
        }

        String refreshToken() {
            return tokens.path("refresh_token").asText();
        }
    }

    interface SecretSink {
        void secret(String value);
    }

    private final BrowserlessOAuth http;
    private final String origin;
    private final SecretSink secrets;
    final String clientId;
    final String clientSecret;
    final String authMethod;

    private OAuthClient(BrowserlessOAuth http, String origin, SecretSink secrets, String clientId,
            String clientSecret, String authMethod) {
        this.http = http;
        this.origin = origin;
        this.secrets = secrets;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        this.authMethod = authMethod;
    }

    /** Registers a client (RFC 7591) with this token endpoint authentication method, asserting 201. */
    static OAuthClient register(String origin, String name, String authMethod, SecretSink secrets) {
        BrowserlessOAuth http = new BrowserlessOAuth(origin);
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(origin + "/oauth/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"" + name + "\",\"redirect_uris\":[\""
                        + REDIRECT_URI + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                        + "\"token_endpoint_auth_method\":\"" + authMethod + "\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode answer = http.json(response);
        assertThat(answer.path("token_endpoint_auth_method").asText()).isEqualTo(authMethod);
        String secret = answer.path("client_secret").isTextual() ? answer.path("client_secret").asText() : null;
        if ("none".equals(authMethod)) {
            assertThat(secret).as("a public client gets no secret").isNull();
        } else {
            assertThat(secret).as("a confidential client gets a secret").isNotBlank();
            secrets.secret(secret);
        }
        return new OAuthClient(http, origin, secrets, answer.path("client_id").asText(), secret, authMethod);
    }

    /**
     * The whole code flow as the demo user granting {@code scope}: authorize, login (first with {@code wrongPassword}
     * when not null, which must be refused with 401), consent when asked, code exchange; asserts each status.
     */
    Authorization authorize(String scope, String wrongPassword) {
        String verifier = BrowserlessOAuth.verifier();
        secrets.secret(verifier);
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(origin + "/oauth/authorize?"
                + form(Map.of("response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT_URI,
                        "scope", scope, "state", "st-" + clientId, "code_challenge",
                        BrowserlessOAuth.challenge(verifier), "code_challenge_method", "S256"))))
                .GET());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        secrets.secret(cookie.substring(cookie.indexOf('=') + 1));
        if (wrongPassword != null) {
            secrets.secret(wrongPassword);
            HttpResponse<String> refused = page("/oauth/login", cookie, form(Map.of("request",
                    field(login, "request"), "csrf", field(login, "csrf"), "username", "demo", "password",
                    wrongPassword)));
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
            login = refused;
        }
        secrets.secret("demo-password");
        HttpResponse<String> consent = page("/oauth/login", cookie, form(Map.of("request", field(login, "request"),
                "csrf", field(login, "csrf"), "username", "demo", "password", "demo-password")));
        HttpResponse<String> redirect = consent;
        if (consent.statusCode() != 303) {
            assertThat(consent.statusCode()).as(consent.body()).isEqualTo(200);
            Map<String, String> decision = new LinkedHashMap<>();
            decision.put("request", field(consent, "request"));
            decision.put("csrf", field(consent, "csrf"));
            decision.put("decision", "allow");
            StringBuilder body = new StringBuilder(form(decision));
            for (String granted : scope.split(" ")) {
                body.append("&scope=").append(URLEncoder.encode(granted, StandardCharsets.UTF_8));
            }
            redirect = page("/oauth/consent", cookie, body.toString());
        }
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        Map<String, String> callback = BrowserlessOAuth.query(URI.create(redirect.headers().firstValue("Location")
                .orElseThrow()).getRawQuery());
        assertThat(callback.get("state")).isEqualTo("st-" + clientId);
        String code = callback.get("code");
        assertThat(code).isNotBlank();
        secrets.secret(code);
        HttpResponse<String> tokens = exchange(code, verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode json = http.json(tokens);
        assertThat(json.path("scope").asText()).isEqualTo(scope);
        recordTokens(json);
        return new Authorization(code, verifier, cookie, json);
    }

    HttpResponse<String> exchange(String code, String verifier) {
        return token(new LinkedHashMap<>(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri",
                REDIRECT_URI, "code_verifier", verifier)));
    }

    HttpResponse<String> refresh(String refreshToken) {
        HttpResponse<String> response = token(new LinkedHashMap<>(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken)));
        if (response.statusCode() == 200) {
            recordTokens(http.json(response));
        }
        return response;
    }

    HttpResponse<String> revoke(String token) {
        return authenticated("/oauth/revoke", new LinkedHashMap<>(Map.of("token", token, "token_type_hint",
                "refresh_token")), clientSecret);
    }

    /** A token request with this client's id and a wrong secret (or a secret for a public client). */
    HttpResponse<String> refreshWithSecret(String refreshToken, String secret) {
        return authenticated("/oauth/token", new LinkedHashMap<>(Map.of("grant_type", "refresh_token",
                "refresh_token", refreshToken)), secret);
    }

    JsonNode json(HttpResponse<String> response) {
        return http.json(response);
    }

    private void recordTokens(JsonNode json) {
        String access = json.path("access_token").asText();
        secrets.secret(access);
        secrets.secret(access.substring(access.lastIndexOf('.') + 1));
        if (json.path("refresh_token").isTextual()) {
            secrets.secret(json.path("refresh_token").asText());
        }
    }

    private HttpResponse<String> token(Map<String, String> params) {
        return authenticated("/oauth/token", params, clientSecret);
    }

    private HttpResponse<String> authenticated(String path, Map<String, String> params, String secret) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if ("client_secret_basic".equals(authMethod) && secret != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (enc(clientId) + ":" + enc(secret)).getBytes(StandardCharsets.UTF_8)));
        } else {
            params.put("client_id", clientId);
            if (secret != null) {
                params.put("client_secret", secret);
            }
        }
        return http.send(request.POST(HttpRequest.BodyPublishers.ofString(form(params))));
    }

    private HttpResponse<String> page(String path, String cookie, String body) {
        return http.send(HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String field(HttpResponse<String> page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page.body());
        assertThat(m.find()).as("field %s in %s", name, page.body()).isTrue();
        return m.group(1);
    }
}
