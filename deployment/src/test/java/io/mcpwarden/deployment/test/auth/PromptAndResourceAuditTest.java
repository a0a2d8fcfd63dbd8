package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.Resource;
import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class PromptAndResourceAuditTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(DeskContent.class, AuditRecorder.class);

    @Inject
    AuditRecorder audit;

    @RequiresScopes("orders:read")
    public static class DeskContent {

        @Prompt(description = "Summarise the day's orders")
        String dailySummary() {
            return "Summarise today's orders.";
        }

        @Resource(uri = "orders://policy", mimeType = "text/plain")
        @RequiresScopes("orders:export")
        String policy() {
            return "Refunds within 30 days.";
        }
    }

    @BeforeEach
    void clear() {
        audit.clear();
    }

    @Test
    void promptGetAndResourceReadAreAuditedLikeToolCalls() {
        String token = TestTokens.token().subject("pat").scopes("orders:read").sign();
        String session = AuthHttp.openSession(token);
        AuthHttp.request(token, session, "prompts/get", "{\"name\":\"dailySummary\"}").then().statusCode(200);
        AuthHttp.request(token, session, "resources/read", "{\"uri\":\"orders://policy\"}").then().statusCode(403);

        assertThat(audit.events())
                .extracting(AuditEvent::subject, AuditEvent::method, AuditEvent::target, AuditEvent::decision,
                        AuditEvent::outcome, AuditEvent::reason)
                .containsExactly(
                        tuple("pat", "prompts/get", "dailySummary", AuditEvent.Decision.ALLOWED,
                                AuditEvent.Outcome.SUCCESS, null),
                        tuple("pat", "resources/read", "orders://policy", AuditEvent.Decision.DENIED,
                                AuditEvent.Outcome.DENIED, "insufficient_scope"));
    }
}
