package io.mcpwarden.deployment.test.auth;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.test.TestTokenBuilder;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;

class ClaimAndAuthStrengthTest {

    @RegisterExtension
    static final QuarkusUnitTest app = AuthApps.secured(SupportTools.class);

    private static final String STEP_UP = "Bearer error=\"insufficient_user_authentication\", "
            + "error_description=\"A stronger or more recent authentication is required\", acr_values=\"mfa\", "
            + "max_age=600, resource_metadata=\"" + AuthApps.METADATA_URL + "\"";

    private static TestTokenBuilder agent(String... roles) {
        return TestTokens.token().scopes("orders:read")
                .claim("realm_access", Map.of("roles", List.of(roles)));
    }

    private static io.restassured.response.Response call(String token, String tool) {
        return AuthHttp.callTool(token, AuthHttp.openSession(token), tool, "{}");
    }

    @Test
    void nestedArrayClaimAndOneOfClaimAllowTheCall() {
        call(agent("support").claim("org_role", "lead").sign(), "refund").then()
                .statusCode(200).body("result.content[0].text", equalTo("refunded"));
    }

    @Test
    void callerFailingAClaimDoesNotSeeTheToolAndGets403WithoutChallenge() {
        String token = agent("support").claim("org_role", "intern").sign();
        AuthHttp.request(token, AuthHttp.openSession(token), "tools/list", "{}").then()
                .body("result.tools.name", contains("wipe"));
        call(token, "refund").then()
                .statusCode(403)
                .header("WWW-Authenticate", nullValue())
                .body("error.message", equalTo("Forbidden: the caller does not meet this tool's requirements"));
        call(agent("billing").claim("org_role", "admin").sign(), "refund").then().statusCode(403);
    }

    @Test
    void presenceAndContainsAllConditionsCombineWithAnd() {
        call(agent("support", "pii").claim("email_verified", true).sign(), "customerEmail").then().statusCode(200);
        call(agent("support", "pii").claim("email_verified", false).sign(), "customerEmail").then().statusCode(403);
        call(agent("support", "pii").sign(), "customerEmail").then().statusCode(403);
        call(agent("support").claim("email_verified", true).sign(), "customerEmail").then().statusCode(403);
    }

    @Test
    void weakOrStaleAuthenticationGetsStepUpChallenge() {
        long now = Instant.now().getEpochSecond();
        call(agent("support").claim("acr", "pwd").claim("auth_time", now).sign(), "wipe").then()
                .statusCode(401)
                .header("WWW-Authenticate", STEP_UP)
                .body("error.message", equalTo("Unauthorized: this tool needs a stronger or more recent authentication"));
        call(agent("support").claim("acr", "mfa").claim("auth_time", now - 3600).sign(), "wipe").then()
                .statusCode(401)
                .header("WWW-Authenticate", STEP_UP);
        call(agent("support").claim("acr", "mfa").sign(), "wipe").then().statusCode(401);
        call(agent("support").claim("acr", "mfa").claim("auth_time", now - 60).sign(), "wipe").then()
                .statusCode(200).body("result.content[0].text", equalTo("wiped"));
    }
}
