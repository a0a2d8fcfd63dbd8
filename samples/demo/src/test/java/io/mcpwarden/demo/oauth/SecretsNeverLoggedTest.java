package io.mcpwarden.demo.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.authorizationserver.AuthorizationServerEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Secrets never reach the logs: with every category at DEBUG (Warden, jose4j and smallrye-jwt at TRACE) and the HTTP
 * access log on, runs whole authenticated sessions through the built-in authorization server (registration of a
 * confidential client with {@code client_secret_basic}, one with {@code client_secret_post} and a public one, a wrong
 * password, login, consent, code exchange, MCP session with tool calls, refresh with rotation, a refresh-token
 * replay, revocation, refused calls and requests) and asserts that no access token, access-token signature, refresh
 * token, authorization code, PKCE verifier, password, client secret or login cookie appears in any log record (as
 * captured by a handler on the root logger, and in the log file) or in any audit event.
 */
@QuarkusTest
@TestProfile(SecretsNeverLoggedTest.DebugLogging.class)
class SecretsNeverLoggedTest {

    static final Path LOG_FILE = Path.of("target", "warden-test", "secrets-" + ProcessHandle.current().pid() + ".log");

    public static class DebugLogging extends EmbeddedAuthorizationServerProfile {
        @Override
        protected String database() {
            return "secrets-" + ProcessHandle.current().pid();
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> config = new HashMap<>(super.getConfigOverrides());
            config.put("quarkus.log.level", "DEBUG");
            config.put("quarkus.log.min-level", "DEBUG");
            for (String category : List.of("io.mcpwarden", "org.jose4j", "io.smallrye.jwt", "io.quarkus.oidc",
                    "io.quarkus.security")) {
                config.put("quarkus.log.category.\"" + category + "\".level", "TRACE");
                config.put("quarkus.log.category.\"" + category + "\".min-level", "TRACE");
            }
            config.put("quarkus.log.category.\"io.vertx\".level", "DEBUG");
            config.put("quarkus.log.category.\"io.quarkus.vertx.http\".level", "DEBUG");
            // The test's own HTTP client runs in this JVM too: its wire debugging is not the server's log.
            config.put("quarkus.log.category.\"jdk.internal.httpclient\".level", "INFO");
            // The build's console stays readable; the file and the test's handler get every record.
            config.put("quarkus.log.console.level", "INFO");
            config.put("quarkus.log.file.enabled", "true");
            config.put("quarkus.log.file.level", "TRACE");
            config.put("quarkus.log.file.path", LOG_FILE.toString());
            config.put("quarkus.http.access-log.enabled", "true");
            config.put("quarkus.warden.audit.log", "true");
            return config;
        }
    }

    private final Set<String> secrets = new LinkedHashSet<>();
    private final BearerMcp mcp = new BearerMcp(EmbeddedAuthorizationServerProfile.RESOURCE);

    @Test
    void noTokenCodePasswordOrSecretInTheLogsOrAuditEvents() throws IOException {
        CapturingLogHandler handler = CapturingLogHandler.install();
        Queue<Object> events = CapturedEvents.start();
        try {
            confidentialClientSession("client_secret_basic");
            confidentialClientSession("client_secret_post");
            publicClientSessionWithReplay();
            refusedCalls();
        } finally {
            CapturedEvents.stop();
            handler.uninstall();
        }

        List<String> captured = new ArrayList<>(handler.lines());
        captured.addAll(Files.readAllLines(LOG_FILE, StandardCharsets.UTF_8));
        events.forEach(event -> captured.add(event.toString()));

        // The capture works: DEBUG and TRACE records, the access log and both kinds of audit event are all there.
        assertThat(captured).anyMatch(line -> line.startsWith("DEBUG [io.mcpwarden"));
        assertThat(captured).anyMatch(line -> line.startsWith("TRACE [io.mcpwarden"));
        assertThat(captured).anyMatch(line -> line.matches(".*\"POST /oauth/token HTTP/[0-9.]+\" 200.*"));
        assertThat(captured).anyMatch(line -> line.contains("\"event\":\"TOKEN_REFRESHED\""));
        assertThat(events).hasAtLeastOneElementOfType(AuditEvent.class);
        assertThat(events).filteredOn(AuthorizationServerEvent.class::isInstance)
                .extracting(event -> ((AuthorizationServerEvent) event).type())
                .contains(AuthorizationServerEvent.Type.CLIENT_REGISTERED, AuthorizationServerEvent.Type.LOGIN_FAILED,
                        AuthorizationServerEvent.Type.TOKEN_ISSUED, AuthorizationServerEvent.Type.TOKEN_REFRESHED,
                        AuthorizationServerEvent.Type.TOKEN_REFUSED, AuthorizationServerEvent.Type.GRANT_REVOKED);
        assertThat(events).filteredOn(AuditEvent.class::isInstance)
                .extracting(event -> ((AuditEvent) event).decision())
                .contains(AuditEvent.Decision.ALLOWED, AuditEvent.Decision.DENIED);

        // 3 clients x (verifier, cookie, code, access token, signature, refresh token) at least, 2 secrets, passwords.
        assertThat(secrets).hasSizeGreaterThan(20);
        for (String secret : secrets) {
            assertThat(secret).hasSizeGreaterThanOrEqualTo(12);
            for (String line : captured) {
                if (line.contains(secret)) {
                    throw new AssertionError("A secret (" + secret.length() + " characters, starting "
                            + secret.substring(0, 4) + ") was logged or audited:\n" + line.replace(secret, "<THE SECRET>"));
                }
            }
        }
    }

    private void confidentialClientSession(String method) {
        OAuthClient client = OAuthClient.register(EmbeddedAuthorizationServerProfile.ORIGIN, "Secrets " + method,
                method, secrets::add);
        OAuthClient.Authorization authorization = client.authorize("orders:read", randomSecret());

        String session = mcp.open(authorization.accessToken());
        assertThat(mcp.call(authorization.accessToken(), session, 1, "find_order", "{\"orderId\":\"ORD-1002\"}")
                .path("customer").asText()).isEqualTo("Grace Hopper");

        // A wrong secret is refused and is not logged either.
        String wrongSecret = randomSecret();
        secrets.add(wrongSecret);
        HttpResponse<String> refused = client.refreshWithSecret(authorization.refreshToken(), wrongSecret);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(401);
        assertThat(client.json(refused).path("error").asText()).isEqualTo("invalid_client");

        HttpResponse<String> refreshed = client.refresh(authorization.refreshToken());
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode rotated = client.json(refreshed);
        assertThat(rotated.path("refresh_token").asText()).isNotEqualTo(authorization.refreshToken());
        String access = rotated.path("access_token").asText();
        assertThat(access).isNotEqualTo(authorization.accessToken());
        // The session is bound to issuer, user and client, not to one token: the refreshed token continues it.
        assertThat(mcp.call(access, session, 2, "list_orders", "{\"limit\":2}").path("matching").asInt())
                .isEqualTo(6);
        HttpResponse<String> deleted = mcp.delete(access, session);
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);

        HttpResponse<String> revoked = client.revoke(rotated.path("refresh_token").asText());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        HttpResponse<String> afterRevocation = client.refresh(rotated.path("refresh_token").asText());
        assertThat(afterRevocation.statusCode()).as(afterRevocation.body()).isEqualTo(400);
        assertThat(client.json(afterRevocation).path("error").asText()).isEqualTo("invalid_grant");
    }

    private void publicClientSessionWithReplay() {
        OAuthClient client = OAuthClient.register(EmbeddedAuthorizationServerProfile.ORIGIN, "Secrets public", "none",
                secrets::add);
        OAuthClient.Authorization authorization = client.authorize("orders:read", null);
        String session = mcp.open(authorization.accessToken());
        mcp.call(authorization.accessToken(), session, 1, "find_order", "{\"orderId\":\"ORD-1001\"}");

        // A second redemption of the code is refused (and revokes the grant).
        HttpResponse<String> replayedCode = client.exchange(authorization.code(), authorization.verifier());
        assertThat(replayedCode.statusCode()).as(replayedCode.body()).isEqualTo(400);
        assertThat(client.json(replayedCode).path("error").asText()).isEqualTo("invalid_grant");

        OAuthClient.Authorization again = client.authorize("orders:read", null);
        HttpResponse<String> refreshed = client.refresh(again.refreshToken());
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        HttpResponse<String> replayed = client.refresh(again.refreshToken());
        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(400);
        assertThat(client.json(replayed).path("error").asText()).isEqualTo("invalid_grant");
        HttpResponse<String> revoked = client.revoke(client.json(refreshed).path("refresh_token").asText());
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
    }

    private void refusedCalls() {
        OAuthClient client = OAuthClient.register(EmbeddedAuthorizationServerProfile.ORIGIN, "Secrets refused",
                "none", secrets::add);
        OAuthClient.Authorization authorization = client.authorize("orders:read", null);
        String token = authorization.accessToken();
        String session = mcp.open(token);

        // Outside the grant: 403 with the step-up challenge.
        HttpResponse<String> forbidden = mcp.post(token, session, BearerMcp.toolCall(3, "cancel_order",
                "{\"orderId\":\"ORD-1004\",\"reason\":\"Changed my mind\"}"));
        assertThat(forbidden.statusCode()).as(forbidden.body()).isEqualTo(403);
        assertThat(forbidden.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"insufficient_scope\"");

        // No token: 401.
        HttpResponse<String> anonymous = mcp.post(null, null, BearerMcp.initializeRequest());
        assertThat(anonymous.statusCode()).as(anonymous.body()).isEqualTo(401);

        // The real signature on an escalated payload: refused, and the signature must not be logged with it.
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String escalated = payload.replace("\"orders:read\"", "\"admin orders:read orders:write\"");
        assertThat(escalated).isNotEqualTo(payload);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(escalated.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        HttpResponse<String> tampered = mcp.post(forged, null, BearerMcp.initializeRequest());
        assertThat(tampered.statusCode()).as(tampered.body()).isEqualTo(401);
        assertThat(tampered.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer error=\"invalid_token\"");

        // A token that is not a JWT at all (an opaque secret sent by mistake): refused.
        String opaque = randomSecret();
        secrets.add(opaque);
        HttpResponse<String> notAJwt = mcp.post(opaque, null, BearerMcp.initializeRequest());
        assertThat(notAJwt.statusCode()).as(notAJwt.body()).isEqualTo(401);

        // A session of someone else (or a guessed id) is not found.
        HttpResponse<String> deleted = mcp.delete(token, session);
        assertThat(deleted.statusCode()).isEqualTo(204);
        HttpResponse<String> gone = mcp.post(token, session, BearerMcp.toolCall(4, "find_order",
                "{\"orderId\":\"ORD-1001\"}"));
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
