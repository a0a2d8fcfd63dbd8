package io.mcpwarden.it.observability.as;

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
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A public OAuth client and its user's browser, over real HTTP against the built-in authorization server:
 * registration, the authorize redirect, the login and consent forms (with their anti-forgery token and cookie), and
 * the token and revocation endpoints.
 */
final class OAuthClient {

    static final String REDIRECT_URI = "http://127.0.0.1:53682/callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;
    private final String resource;

    OAuthClient() {
        var config = ConfigProvider.getConfig();
        this.resource = config.getValue("quarkus.warden.resource", String.class);
        URI uri = URI.create(resource);
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
    }

    /** An answer with its body. */
    record Reply(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A hidden form field of a login or consent page. */
        String field(String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(body());
            assertThat(m.find()).as("hidden field %s in %s", name, body()).isTrue();
            return m.group(1);
        }

        /** The query parameters of the redirect back to the client. */
        Map<String, String> redirectParams() {
            String location = response.headers().firstValue("Location").orElse(null);
            assertThat(location).as("Location of a %d answer: %s", status, body()).startsWith(REDIRECT_URI);
            Map<String, String> params = new LinkedHashMap<>();
            for (String pair : URI.create(location).getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
            return params;
        }
    }

    /** One authorization in progress: the PKCE verifier, the browser cookie and the page the user sees. */
    record Attempt(String verifier, String cookie, Reply page) {
    }

    Reply register(String redirectUri) {
        String json = "{\"client_name\":\"Observed Agent\",\"redirect_uris\":[\"" + redirectUri + "\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],\"token_endpoint_auth_method\":\"none\","
                + "\"scope\":\"orders:read\"}";
        return send(HttpRequest.newBuilder(URI.create(origin + "/oauth/register"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    String registerClient() {
        Reply registration = register(REDIRECT_URI);
        assertThat(registration.status()).as(registration.body()).isEqualTo(201);
        return registration.json().path("client_id").asText();
    }

    /** GET /oauth/authorize with PKCE S256 for {@code orders:read}: the login page. */
    Attempt authorize(String clientId) {
        String verifier = randomValue();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", REDIRECT_URI);
        params.put("scope", "orders:read");
        params.put("state", "st-" + verifier.substring(0, 8));
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        params.put("resource", resource);
        Reply page = send(HttpRequest.newBuilder(URI.create(origin + "/oauth/authorize?" + form(params.entrySet())))
                .GET());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String cookie = page.response().headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0])
                .orElseThrow();
        return new Attempt(verifier, cookie, page);
    }

    Reply login(Attempt attempt, Reply page, String password) {
        return post("/oauth/login", attempt.cookie(), List.of(Map.entry("request", page.field("request")),
                Map.entry("csrf", page.field("csrf")), Map.entry("username", "alice"),
                Map.entry("password", password)));
    }

    Reply consent(Attempt attempt, Reply page, String decision) {
        return post("/oauth/consent", attempt.cookie(), List.of(Map.entry("request", page.field("request")),
                Map.entry("csrf", page.field("csrf")), Map.entry("scope", "orders:read"),
                Map.entry("decision", decision)));
    }

    Reply exchange(String clientId, Attempt attempt, Map<String, String> redirect) {
        return post("/oauth/token", null, List.of(Map.entry("grant_type", "authorization_code"),
                Map.entry("code", redirect.get("code")), Map.entry("redirect_uri", REDIRECT_URI),
                Map.entry("code_verifier", attempt.verifier()), Map.entry("client_id", clientId)));
    }

    Reply refresh(String clientId, String refreshToken) {
        return post("/oauth/token", null, List.of(Map.entry("grant_type", "refresh_token"),
                Map.entry("refresh_token", refreshToken), Map.entry("client_id", clientId)));
    }

    Reply revoke(String clientId, String refreshToken) {
        return post("/oauth/revoke", null, List.of(Map.entry("token", refreshToken),
                Map.entry("client_id", clientId)));
    }

    private Reply post(String path, String cookie, List<Map.Entry<String, String>> fields) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Iterable<Map.Entry<String, String>> fields) {
        List<String> pairs = new ArrayList<>();
        for (Map.Entry<String, String> field : fields) {
            pairs.add(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8));
        }
        return String.join("&", pairs);
    }

    private static String randomValue() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
