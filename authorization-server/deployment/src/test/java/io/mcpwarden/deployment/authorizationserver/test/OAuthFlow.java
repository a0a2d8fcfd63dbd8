package io.mcpwarden.deployment.authorizationserver.test;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Drives the authorization server over real HTTP as a client and a browser would: registration, the authorize
 * redirect, the login and consent forms (with their anti-forgery token and cookie), and the token endpoint.
 */
final class OAuthFlow {

    static final String REDIRECT_URI = "http://127.0.0.1:53682/callback";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final String origin;

    OAuthFlow(String origin) {
        this.origin = origin;
    }

    /** A response with its body. */
    record Reply(int status, HttpResponse<String> response) {
        String body() {
            return response.body();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The query parameters of the redirect's Location. */
        Map<String, String> redirectParams() {
            String location = header("Location");
            assertThat(location).as("Location of a %d answer: %s", status, body()).isNotNull();
            return query(URI.create(location).getRawQuery());
        }

        String field(String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(body());
            assertThat(m.find()).as("hidden field %s in %s", name, body()).isTrue();
            return m.group(1);
        }
    }

    /** One authorization in progress: the PKCE verifier, the state and the browser cookie. */
    record Attempt(String verifier, String state, String cookie, Reply page) {
    }

    Reply registerPublicClient(String scope) {
        return register("{\"client_name\":\"Test Agent\",\"redirect_uris\":[\"" + REDIRECT_URI + "\"],"
                + "\"grant_types\":[\"authorization_code\",\"refresh_token\"],"
                + "\"token_endpoint_auth_method\":\"none\"" + (scope == null ? "" : ",\"scope\":\"" + scope + "\"")
                + "}");
    }

    Reply register(String json) {
        return send(HttpRequest.newBuilder(URI.create(origin + "/oauth/register"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(origin + path)).GET());
    }

    static String verifier() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String challenge(String verifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** GET /oauth/authorize with a valid PKCE S256 request, plus or minus the given parameters. */
    Attempt authorize(String clientId, String scope, Map<String, String> overrides) {
        String verifier = verifier();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("response_type", "code");
        params.put("client_id", clientId);
        params.put("redirect_uri", REDIRECT_URI);
        params.put("scope", scope);
        params.put("state", "st-" + verifier.substring(0, 8));
        params.put("code_challenge", challenge(verifier));
        params.put("code_challenge_method", "S256");
        params.put("resource", AuthorizationServerApps.RESOURCE);
        params.putAll(overrides);
        params.values().removeIf(v -> v == null);
        Reply page = get("/oauth/authorize?" + form(params));
        String cookie = page.response.headers().firstValue("Set-Cookie").map(c -> c.split(";", 2)[0]).orElse(null);
        return new Attempt(verifier, params.get("state"), cookie, page);
    }

    Reply login(Attempt attempt, Reply loginPage, String username, String password) {
        return postForm("/oauth/login", attempt.cookie(), List.of(Map.entry("request", loginPage.field("request")),
                Map.entry("csrf", loginPage.field("csrf")), Map.entry("username", username),
                Map.entry("password", password)));
    }

    Reply consent(Attempt attempt, Reply consentPage, String decision, String... scopes) {
        List<Map.Entry<String, String>> fields = new ArrayList<>();
        fields.add(Map.entry("request", consentPage.field("request")));
        fields.add(Map.entry("csrf", consentPage.field("csrf")));
        for (String scope : scopes) {
            fields.add(Map.entry("scope", scope));
        }
        fields.add(Map.entry("decision", decision));
        return postForm("/oauth/consent", attempt.cookie(), fields);
    }

    /** The whole flow as alice, granting the given scopes; returns the code redirect's parameters. */
    Map<String, String> authorizeAndConsent(String clientId, String scope, String... granted) {
        Attempt attempt = authorize(clientId, scope, Map.of());
        Reply afterLogin = login(attempt, attempt.page(), "alice", AuthorizationServerApps.PASSWORD);
        Reply redirect = afterLogin.status() == 303 ? afterLogin : consent(attempt, afterLogin, "allow", granted);
        assertThat(redirect.status()).as(redirect.body()).isEqualTo(303);
        Map<String, String> params = new LinkedHashMap<>(redirect.redirectParams());
        params.put("verifier", attempt.verifier());
        return params;
    }

    Reply token(Map<String, String> params) {
        return postForm("/oauth/token", null, new ArrayList<>(params.entrySet()));
    }

    Reply exchange(String clientId, Map<String, String> redirect) {
        return token(Map.of("grant_type", "authorization_code", "code", redirect.get("code"), "redirect_uri",
                REDIRECT_URI, "code_verifier", redirect.get("verifier"), "client_id", clientId));
    }

    Reply refresh(String clientId, String refreshToken) {
        return token(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken, "client_id", clientId));
    }

    Reply postForm(String path, String cookie, List<Map.Entry<String, String>> fields) {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : fields) {
            if (body.length() > 0) {
                body.append('&');
            }
            body.append(encode(field.getKey())).append('=').append(encode(field.getValue()));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    Reply send(HttpRequest.Builder request) {
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

    static String form(Map<String, String> params) {
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(encode(k)).append('=')
                .append(encode(v)));
        return query.toString();
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                        kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return params;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static Map<String, Object> claims(String jwt) {
        return part(jwt, 1);
    }

    static Map<String, Object> header(String jwt) {
        return part(jwt, 0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> part(String jwt, int index) {
        try {
            return JSON.readValue(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), Map.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
