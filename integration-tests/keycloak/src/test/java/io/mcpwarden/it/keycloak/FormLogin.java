package io.mcpwarden.it.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a user's browser does at Keycloak's login page, without a browser: opens the authorization URL, submits the
 * {@code kc-form-login} form with the user's credentials, and returns the redirect to the client's callback.
 * <p>
 * Cookies are carried by hand: Keycloak marks them {@code Secure}, which browsers honour on {@code http://127.0.0.1}
 * (a secure context) but {@link java.net.CookieManager} does not.
 */
final class FormLogin {

    private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"",
            Pattern.DOTALL);

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /**
     * Logs the user in and returns the {@code Location} of Keycloak's redirect back to the client (with the
     * authorization code, or an error).
     */
    URI login(URI authorizationUrl, String username, String password) {
        HttpResponse<String> page = send(HttpRequest.newBuilder(authorizationUrl).GET());
        if (page.statusCode() != 200) {
            throw new AssertionError("Keycloak's login page answered " + page.statusCode() + ": " + page.body());
        }
        Matcher form = LOGIN_FORM.matcher(page.body());
        if (!form.find()) {
            throw new AssertionError("No kc-form-login form on Keycloak's login page: " + page.body());
        }
        URI action = URI.create(form.group(1).replace("&amp;", "&"));
        String cookies = page.headers().allValues("Set-Cookie").stream()
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .collect(Collectors.joining("; "));
        String credentials = "username=" + encode(username) + "&password=" + encode(password);
        HttpResponse<String> submitted = send(HttpRequest.newBuilder(action)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", cookies)
                .POST(HttpRequest.BodyPublishers.ofString(credentials)));
        if (submitted.statusCode() != 302) {
            throw new AssertionError("Keycloak did not accept the login of " + username + ": HTTP "
                    + submitted.statusCode());
        }
        return URI.create(submitted.headers().firstValue("Location").orElseThrow());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Keycloak's login page could not be reached", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
