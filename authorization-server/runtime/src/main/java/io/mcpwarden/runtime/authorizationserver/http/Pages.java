package io.mcpwarden.runtime.authorizationserver.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.Template;
import io.quarkus.qute.Variant;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Renders the login, consent and error pages (Qute templates, every value HTML-escaped) and sends them with headers
 * that keep them out of frames and caches.
 */
public final class Pages {

    private static final String HTML = "text/html";
    private static final String LOCATION = "mcp-warden/authorization-server/";

    private final Template login;
    private final Template consent;
    private final Template error;
    private final String serverName;

    public Pages(String serverName) {
        Engine engine = Engine.builder().addDefaults().addResultMapper(new HtmlEscaper(List.of(HTML))).build();
        Variant html = new Variant(Locale.ROOT, HTML, StandardCharsets.UTF_8.name());
        this.login = engine.parse(read("login.html"), html, "login.html");
        this.consent = engine.parse(read("consent.html"), html, "consent.html");
        this.error = engine.parse(read("error.html"), html, "error.html");
        this.serverName = serverName;
    }

    public void login(RoutingContext ctx, int status, Map<String, Object> data) {
        send(ctx, status, login.data(withServerName(data)).render());
    }

    public void consent(RoutingContext ctx, Map<String, Object> data) {
        send(ctx, 200, consent.data(withServerName(data)).render());
    }

    /**
     * An error shown to the user instead of a redirect: the redirect URI could not be trusted, or there is nowhere
     * to go back to.
     */
    public void error(RoutingContext ctx, int status, String code, String message) {
        send(ctx, status, error.data(withServerName(Map.of("code", code, "message", message))).render());
    }

    private Map<String, Object> withServerName(Map<String, Object> data) {
        Map<String, Object> all = new java.util.HashMap<>(data);
        all.put("serverName", serverName);
        return all;
    }

    private static void send(RoutingContext ctx, int status, String body) {
        HttpServerResponse response = ctx.response().setStatusCode(status);
        SecurityHeaders.forPage(response);
        response.putHeader("Content-Type", "text/html; charset=utf-8").end(body);
    }

    private static String read(String name) {
        try (InputStream in = Optional.ofNullable(Pages.class.getClassLoader().getResourceAsStream(LOCATION + name))
                .orElseThrow(() -> new IllegalStateException("Missing page template " + LOCATION + name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
