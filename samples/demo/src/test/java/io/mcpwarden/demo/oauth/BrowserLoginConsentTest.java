package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Runs {@code integration-tests/browser/browser-flow.mjs}: the built-in authorization server's login and consent pages
 * in a real headless browser (Debian's chromium, driven by Playwright). A client registered by DCR sends the browser
 * to the authorize URL; the user mistypes the password, then signs in, reads the consent page (client, redirect host,
 * each scope's description and tools), unticks {@code orders:write} and allows the rest; the browser lands on the
 * client's loopback redirect URI with code, state and iss. The code buys a token of {@code orders:read} only, which
 * calls {@code find_order} and is refused {@code cancel_order} with 403 insufficient_scope. The pages refuse to be
 * framed. Screenshots of the pages go to {@code target/browser-screenshots/}.
 * <p>
 * Needs chromium at {@code /usr/bin/chromium} (or {@code -Dchromium.executable}); {@code .ci/run} installs it. Without
 * it the test fails, it does not skip.
 */
@QuarkusTest
@TestProfile(BrowserLoginConsentTest.Profile.class)
class BrowserLoginConsentTest {

    /** The demo with its built-in authorization server, on a database of its own. */
    public static class Profile extends EmbeddedAuthorizationServerProfile {
        @Override
        protected String database() {
            return "browser-" + ProcessHandle.current().pid();
        }
    }

    private static final long TIMEOUT_SECONDS = 150;
    private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; "
            + "base-uri 'none'";
    private static final String SERVER = "MCP Warden Order Desk (demo)";
    private static final String CLIENT = "Browser Test Client";
    private static final List<String> SCREENSHOTS = List.of("login.png", "login-error.png", "consent.png");

    @Test
    void loginAndConsentInChromiumWithPartialGrant() throws Exception {
        Path chromium = Path.of(System.getProperty("chromium.executable", "/usr/bin/chromium"));
        assertThat(Files.isExecutable(chromium)).as("This test needs Debian's chromium at %s "
                + "(apt-get install -y --no-install-recommends chromium; .ci/run installs it)", chromium).isTrue();
        Path scriptDir = Path.of(System.getProperty("browser-tests.dir", "../../integration-tests/browser"));
        Path screenshots = Path.of("target", "browser-screenshots").toAbsolutePath();
        for (String page : SCREENSHOTS) {
            Files.deleteIfExists(screenshots.resolve(page));
        }
        Path stdout = Files.createTempFile("browser-flow", ".out");
        Path stderr = Files.createTempFile("browser-flow", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(List.of(System.getProperty("node.executable", "node"),
                    "browser-flow.mjs", EmbeddedAuthorizationServerProfile.RESOURCE, "demo", "demo-password",
                    screenshots.toString()))
                    .directory(scriptDir.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
            builder.environment().put("CHROMIUM", chromium.toString());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("The browser flow did not finish within " + TIMEOUT_SECONDS + " s");
            }
            String out = Files.readString(stdout, StandardCharsets.UTF_8);
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as("exit code; stdout:%n%s%nstderr:%n%s", out, err).isZero();
            JsonNode summary = new ObjectMapper().readTree(out);
            String origin = EmbeddedAuthorizationServerProfile.ORIGIN;
            URI redirectUri = URI.create(summary.path("redirectUri").asText());
            String redirectHost = "127.0.0.1:" + redirectUri.getPort();

            assertThat(summary.path("unauthenticatedStatus").asInt()).isEqualTo(401);
            assertThat(summary.path("issuer").asText()).isEqualTo(origin);
            assertThat(summary.path("registrationStatus").asInt()).isEqualTo(201);

            JsonNode login = summary.path("login");
            assertThat(login.path("status").asInt()).isEqualTo(200);
            assertThat(login.path("xFrameOptions").asText()).isEqualTo("DENY");
            assertThat(login.path("contentSecurityPolicy").asText()).isEqualTo(CSP);
            assertThat(login.path("cacheControl").asText()).isEqualTo("no-store");
            assertThat(login.path("title").asText()).isEqualTo("Sign in - " + SERVER);
            assertThat(login.path("heading").asText()).isEqualTo("Sign in to " + SERVER);
            assertThat(login.path("lead").asText()).isEqualTo(CLIENT + " wants to use " + SERVER + " on your behalf.");
            assertThat(login.path("errorShown").asInt()).isZero();

            for (String attempt : List.of("wrongPassword", "unknownUser")) {
                JsonNode failed = summary.path(attempt);
                assertThat(failed.path("status").asInt()).as(attempt).isEqualTo(401);
                assertThat(failed.path("title").asText()).as(attempt).isEqualTo("Sign in - " + SERVER);
                // One message for both: the page does not tell whether the user exists.
                assertThat(failed.path("alert").asText()).as(attempt).isEqualTo("Wrong user name or password.");
                assertThat(failed.path("passwordField").asText()).as(attempt).isEmpty();
                assertThat(failed.path("pageContainsPassword").asBoolean()).as(attempt).isFalse();
                assertThat(failed.path("xFrameOptions").asText()).as(attempt).isEqualTo("DENY");
            }
            assertThat(summary.path("wrongPassword").path("usernameField").asText()).isEqualTo("demo");
            assertThat(summary.path("unknownUser").path("usernameField").asText()).isEqualTo("nobody-here");

            JsonNode consent = summary.path("consent");
            assertThat(consent.path("status").asInt()).isEqualTo(200);
            assertThat(consent.path("xFrameOptions").asText()).isEqualTo("DENY");
            assertThat(consent.path("contentSecurityPolicy").asText()).isEqualTo(CSP);
            assertThat(consent.path("title").asText()).isEqualTo("Allow access - " + SERVER);
            assertThat(consent.path("heading").asText()).isEqualTo("Allow " + CLIENT + "?");
            assertThat(consent.path("lead").asText()).isEqualTo("Signed in as Demo User. " + CLIENT
                    + " asks to act for you on " + SERVER + ". After you allow it, it is sent back to " + redirectHost
                    + ".");
            JsonNode scopes = consent.path("scopes");
            assertThat(scopes).hasSize(2);
            assertScope(scopes.get(0), "orders:read", "See orders and their status",
                    List.of("cancel_order", "find_order", "list_orders", "place_order"));
            assertScope(scopes.get(1), "orders:write", "Place and cancel orders",
                    List.of("cancel_order", "place_order"));

            JsonNode redirect = summary.path("redirect");
            assertThat(redirect.path("consentAnswerStatus").asInt()).isEqualTo(303);
            assertThat(redirect.path("origin").asText()).isEqualTo("http://" + redirectHost);
            assertThat(redirect.path("path").asText()).isEqualTo("/callback");
            assertThat(redirect.path("parameters")).extracting(JsonNode::asText).containsExactly("code", "iss",
                    "state");
            assertThat(redirect.path("codePresent").asBoolean()).isTrue();
            assertThat(redirect.path("stateMatches").asBoolean()).isTrue();
            assertThat(redirect.path("iss").asText()).isEqualTo(origin);
            assertThat(redirect.path("listenerCalls").asInt()).isEqualTo(1);
            assertThat(redirect.path("page").asText()).isEqualTo("You can close this window.");

            JsonNode token = summary.path("token");
            assertThat(token.path("status").asInt()).isEqualTo(200);
            assertThat(token.path("tokenType").asText()).isEqualTo("Bearer");
            assertThat(token.path("scope").asText()).isEqualTo("orders:read");
            assertThat(token.path("claims").path("scope").asText()).isEqualTo("orders:read");
            assertThat(token.path("claims").path("aud").asText())
                    .isEqualTo(EmbeddedAuthorizationServerProfile.RESOURCE);
            assertThat(token.path("claims").path("client_id").asBoolean()).as("client_id is the registered one")
                    .isTrue();
            assertThat(token.path("claims").path("sub").asText()).isEqualTo("demo");

            JsonNode tools = summary.path("tools");
            assertThat(tools.path("initializeStatus").asInt()).isEqualTo(200);
            assertThat(tools.path("findOrder").path("status").asInt()).isEqualTo(200);
            assertThat(tools.path("findOrder").path("isError").asBoolean()).isFalse();
            assertThat(tools.path("findOrder").path("customer").asText()).isEqualTo("Grace Hopper");
            assertThat(tools.path("cancelOrder").path("status").asInt()).isEqualTo(403);
            assertThat(tools.path("cancelOrder").path("wwwAuthenticate").asText()).isEqualTo(
                    "Bearer error=\"insufficient_scope\", scope=\"orders:read orders:write\", resource_metadata=\""
                            + origin + "/.well-known/oauth-protected-resource/mcp\"");

            // The page was served, but chromium would not render it inside another origin's frame.
            JsonNode framed = summary.path("framed");
            assertThat(framed.path("responseStatus").asInt()).isEqualTo(200);
            assertThat(framed.path("frameUrl").asText()).isEqualTo("chrome-error://chromewebdata/");
            assertThat(framed.path("loginFormInFrame").asInt()).isZero();

            for (String page : SCREENSHOTS) {
                assertThat(screenshots.resolve(page)).isNotEmptyFile();
            }
        } finally {
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
        }
    }

    private static void assertScope(JsonNode scope, String name, String description, List<String> tools) {
        assertThat(scope.path("name").asText()).isEqualTo(name);
        assertThat(scope.path("checked").asBoolean()).as("%s is ticked by default", name).isTrue();
        assertThat(scope.path("description").asText()).isEqualTo(description);
        assertThat(scope.path("toolNames")).extracting(JsonNode::asText).containsExactlyElementsOf(tools);
        assertThat(scope.path("tools").asText()).isEqualTo("Unlocks: " + String.join(", ", tools));
    }
}
