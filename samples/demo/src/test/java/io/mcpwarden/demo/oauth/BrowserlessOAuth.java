package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Registers a client with the demo's authorization server and completes the code flow over HTTP, submitting the
 * login and consent forms as the demo user would.
 */
final class BrowserlessOAuth {

    static final String REDIRECT_URI = "http://127.0.0.1:53682/callback";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    BrowserlessOAuth(String origin) {
        this.origin = origin;
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String registerPublicClient() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(origin + "/oauth/register"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"client_name\":\"Restart check\",\"redirect_uris\":[\""
                        + REDIRECT_URI + "\"],\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                        + "\"token_endpoint_auth_method\":\"none\"}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).path("client_id").asText();
    }

    /** GET /oauth/authorize; the login page when the client is known. */
    HttpResponse<String> authorize(String clientId, String challenge) {
        return send(HttpRequest.newBuilder(URI.create(origin + "/oauth/authorize?" + form(Map.of(
                "response_type", "code", "client_id", clientId, "redirect_uri", REDIRECT_URI, "scope", "orders:read",
                "state", "s1", "code_challenge", challenge, "code_challenge_method", "S256")))).GET());
    }

    /** The whole flow as the demo user, granting orders:read; returns the token response. */
    JsonNode authorizeAndExchange(String clientId) {
        String verifier = verifier();
        HttpResponse<String> login = authorize(clientId, challenge(verifier));
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
        HttpResponse<String> consent = post("/oauth/login", cookie, form(Map.of("request", field(login, "request"),
                "csrf", field(login, "csrf"), "username", "demo", "password", "demo-password")));
        HttpResponse<String> redirect = consent.statusCode() == 303 ? consent
                : post("/oauth/consent", cookie, form(Map.of("request", field(consent, "request"), "csrf",
                        field(consent, "csrf"), "scope", "orders:read", "decision", "allow")));
        assertThat(redirect.statusCode()).as(redirect.body()).isEqualTo(303);
        String code = query(URI.create(redirect.headers().firstValue("Location").orElseThrow()).getRawQuery())
                .get("code");
        HttpResponse<String> tokens = post("/oauth/token", null, form(Map.of("grant_type", "authorization_code",
                "code", code, "redirect_uri", REDIRECT_URI, "code_verifier", verifier, "client_id", clientId)));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json(tokens);
    }

    HttpResponse<String> refresh(String clientId, String refreshToken) {
        return post("/oauth/token", null, form(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken,
                "client_id", clientId)));
    }

    private HttpResponse<String> post(String path, String cookie, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private static String field(HttpResponse<String> page, String name) {
        Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page.body());
        assertThat(m.find()).as("field %s in %s", name, page.body()).isTrue();
        return m.group(1);
    }

    static String verifier() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String form(Map<String, String> params) {
        StringBuilder body = new StringBuilder();
        params.forEach((k, v) -> body.append(body.length() == 0 ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return body.toString();
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(kv.length > 1 ? kv[1] : "", StandardCharsets.UTF_8));
        }
        return params;
    }
}
