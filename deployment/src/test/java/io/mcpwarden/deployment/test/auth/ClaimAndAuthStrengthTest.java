package io.mcpwarden.deployment.test.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.test.McpResponse;
import io.mcpwarden.test.McpTestClient;
import io.mcpwarden.test.TestTokenBuilder;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Claim conditions and authentication strength, driven through the test kit's client as a user's test would.
 */
class ClaimAndAuthStrengthTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(SupportTools.class);

    private static final String STEP_UP = "Bearer error=\"insufficient_user_authentication\", "
            + "error_description=\"A stronger or more recent authentication is required\", acr_values=\"mfa\", "
            + "max_age=600, resource_metadata=\"" + AuthApps.METADATA_URL + "\"";

    private static TestTokenBuilder agent(String... roles) {
        return TestTokens.token().scopes("orders:read").claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private static McpResponse call(String token, String tool) {
        return McpTestClient.as(token).initialize().callTool(tool, Map.of());
    }

    @Test
    void nestedArrayClaimAndOneOfClaimAllowTheCall() {
        assertThat(call(agent("support").claim("org_role", "lead").sign(), "refund").assertSuccess().text())
                .isEqualTo("refunded");
    }

    @Test
    void callerFailingAClaimDoesNotSeeTheToolAndGets403WithoutChallenge() {
        String token = agent("support").claim("org_role", "intern").sign();
        assertThat(McpTestClient.as(token).initialize().listTools()).containsExactly("wipe");
        assertThat(call(token, "refund").assertForbidden().assertChallenge(null).errorMessage())
                .isEqualTo("Forbidden: the caller does not meet this tool's requirements");
        call(agent("billing").claim("org_role", "admin").sign(), "refund").assertForbidden();
    }

    @Test
    void namespacedClaimNameWithDotsIsReadAsOneClaim() {
        assertThat(call(agent("support").claim("https://example.com/tier", "gold").sign(), "goldDiscount")
                .assertSuccess().text()).isEqualTo("10%");
        call(agent("support").claim("https://example.com/tier", "silver").sign(), "goldDiscount").assertForbidden();
    }

    @Test
    void presenceAndContainsAllConditionsCombineWithAnd() {
        call(agent("support", "pii").claim("email_verified", true).sign(), "customerEmail").assertStatus(200);
        call(agent("support", "pii").claim("email_verified", false).sign(), "customerEmail").assertForbidden();
        call(agent("support", "pii").sign(), "customerEmail").assertForbidden();
        call(agent("support").claim("email_verified", true).sign(), "customerEmail").assertForbidden();
    }

    @Test
    void weakOrStaleAuthenticationGetsStepUpChallenge() {
        Instant now = Instant.now();
        assertThat(call(agent("support").acr("pwd").authTime(now).sign(), "wipe")
                .assertUnauthorized().assertChallenge(STEP_UP).errorMessage())
                .isEqualTo("Unauthorized: this tool needs a stronger or more recent authentication");
        call(agent("support").acr("mfa").authTime(now.minusSeconds(3600)).sign(), "wipe")
                .assertUnauthorized().assertChallenge(STEP_UP);
        call(agent("support").acr("mfa").sign(), "wipe").assertUnauthorized();
        assertThat(call(agent("support").acr("mfa").authTime(now.minusSeconds(60)).sign(), "wipe").assertSuccess()
                .text()).isEqualTo("wiped");
    }
}
