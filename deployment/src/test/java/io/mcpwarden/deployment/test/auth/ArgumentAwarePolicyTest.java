package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class ArgumentAwarePolicyTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(TenantTools.class, TenantTools.SameTenant.class,
            TenantTools.BrokenRule.class, AuditRecorder.class);

    @Inject
    AuditRecorder audit;

    @BeforeEach
    void clear() {
        audit.clear();
    }

    private static String token(String org) {
        return TestTokens.token().subject("dora").scopes("orders:read").claim("org", org).sign();
    }

    @Test
    void ruleAllowsCallsOnTheCallersOwnData() {
        String token = token("acme");
        AuthHttp.callTool(token, AuthHttp.openSession(token), "tenantOrder", "{\"orderId\":\"acme-7\"}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("acme-7 read by dora"));
    }

    @Test
    void ruleDenialIs403WithItsReasonAndIsAudited() {
        String token = token("acme");
        AuthHttp.callTool(token, AuthHttp.openSession(token), "tenantOrder", "{\"orderId\":\"globex-1\"}").then()
                .statusCode(403)
                .header("WWW-Authenticate", nullValue())
                .body("id", equalTo(11))
                .body("error.message", equalTo("Forbidden: order globex-1 belongs to another organisation"));
        assertThat(audit.events()).extracting(AuditEvent::target, AuditEvent::decision, AuditEvent::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tenantOrder", AuditEvent.Decision.DENIED,
                        "policy_denied"));
    }

    @Test
    void ruleThatThrowsDenies() {
        String token = token("acme");
        AuthHttp.callTool(token, AuthHttp.openSession(token), "fragileOrder", "{\"orderId\":\"acme-1\"}").then()
                .statusCode(403)
                .body("error.message", equalTo("Forbidden: the tool's authorization rule could not decide"));
    }

    @Test
    void toolsWithRulesAreListedWhenTheirStaticPartPasses() {
        String token = token("acme");
        AuthHttp.request(token, AuthHttp.openSession(token), "tools/list", "{}").then()
                .body("result.tools.name", contains("fragileOrder", "tenantOrder", "whoAmI"))
                .body("result.tools.find { it.name == 'tenantOrder' }.inputSchema.properties.keySet()",
                        contains("orderId"));
    }

    @Test
    void callerParameterSecurityIdentityAndJsonWebTokenSeeTheCaller() {
        String token = TestTokens.token().subject("erin").clientId("ops-console")
                .scopes("orders:read", "profile").sign();
        AuthHttp.callTool(token, AuthHttp.openSession(token), "whoAmI", "{}").then()
                .statusCode(200)
                .body("result.content[0].text", equalTo("erin|ops-console|orders:read,profile|erin|erin"));
    }

    @Test
    void callerIsNotAnArgumentClientsCanSend() {
        String token = token("acme");
        AuthHttp.callTool(token, AuthHttp.openSession(token), "whoAmI", "{\"caller\":\"mallory\"}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content[0].text", equalTo("Unknown argument 'caller'. Accepted arguments: none"));
    }
}
