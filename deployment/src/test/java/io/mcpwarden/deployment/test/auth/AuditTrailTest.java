package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.logging.LogRecord;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.test.TestIdentityServer;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class AuditTrailTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(OrderTools.class, AuditRecorder.class);

    private final List<LogRecord> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final java.util.logging.Handler capture = new java.util.logging.Handler() {
        @Override
        public void publish(LogRecord record) {
            lines.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @Inject
    AuditRecorder recorder;

    @BeforeEach
    void clear() {
        recorder.clear();
        lines.clear();
        java.util.logging.Logger.getLogger("io.mcpwarden.audit").addHandler(capture);
    }

    @org.junit.jupiter.api.AfterEach
    void stopCapture() {
        java.util.logging.Logger.getLogger("io.mcpwarden.audit").removeHandler(capture);
    }

    @Test
    void allowedCallIsRecordedWithIdentityOutcomeAndIds() {
        String token = TestTokens.token().subject("carol").clientId("desk-app").scopes("orders:read")
                .sign();
        String session = AuthHttp.openSession(token);
        AuthHttp.callTool(token, session, "findOrder", "{\"id\":\"42\"}").then().statusCode(200);

        AuditEvent event = single();
        assertThat(event.subject()).isEqualTo("carol");
        assertThat(event.clientId()).isEqualTo("desk-app");
        assertThat(event.issuer()).isEqualTo(TestIdentityServer.get().issuer());
        assertThat(event.method()).isEqualTo("tools/call");
        assertThat(event.target()).isEqualTo("findOrder");
        assertThat(event.decision()).isEqualTo(AuditEvent.Decision.ALLOWED);
        assertThat(event.reason()).isNull();
        assertThat(event.outcome()).isEqualTo(AuditEvent.Outcome.SUCCESS);
        assertThat(event.requestId()).isEqualTo("11");
        assertThat(event.sessionId()).isEqualTo(session);
        assertThat(event.durationMicros()).isGreaterThanOrEqualTo(0);
    }

    @Test
    void toolErrorAndInsufficientScopeAreRecorded() {
        String token = TestTokens.token().scopes("orders:read").sign();
        String session = AuthHttp.openSession(token);
        AuthHttp.callTool(token, session, "findOrder", "{\"nope\":1}").then().statusCode(200);
        AuthHttp.callTool(token, session, "cancelOrder", "{\"id\":\"1\"}").then().statusCode(403);

        List<AuditEvent> events = recorder.events();
        assertThat(events).extracting(AuditEvent::target, AuditEvent::decision, AuditEvent::outcome, AuditEvent::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("findOrder", AuditEvent.Decision.ALLOWED,
                                AuditEvent.Outcome.TOOL_ERROR, null),
                        org.assertj.core.groups.Tuple.tuple("cancelOrder", AuditEvent.Decision.DENIED,
                                AuditEvent.Outcome.DENIED, "insufficient_scope"));
    }

    @Test
    void refusedTokenIsRecordedAndNeverLogged() {
        String expired = TestTokens.token().expiresAt(java.time.Instant.now().minusSeconds(60))
                .sign();
        AuthHttp.post(expired).body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(401);

        AuditEvent event = single();
        assertThat(event.decision()).isEqualTo(AuditEvent.Decision.DENIED);
        assertThat(event.reason()).isEqualTo("invalid_token");
        assertThat(event.subject()).isNull();

        assertThat(lines).extracting(LogRecord::getMessage).hasSize(1);
        assertThat(lines).allSatisfy(line -> assertThat(line.getMessage()).doesNotContain(expired)
                .doesNotContain(expired.split("\\.")[2]));
        assertThat(lines.get(lines.size() - 1).getMessage()).contains("\"decision\":\"DENIED\"")
                .contains("\"reason\":\"invalid_token\"");
    }

    private AuditEvent single() {
        assertThat(recorder.events()).hasSize(1);
        return recorder.events().get(0);
    }
}
