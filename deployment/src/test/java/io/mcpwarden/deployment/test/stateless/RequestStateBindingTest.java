package io.mcpwarden.deployment.test.stateless;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.auth.AuditRecorder;
import io.mcpwarden.deployment.test.auth.AuthApps;
import io.mcpwarden.test.TestTokens;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * A request state belongs to the caller it was issued to: another subject, or the same subject through another
 * client, presenting it is refused, with real signed tokens. Each round is audited, the asking ones as
 * {@code INPUT_REQUIRED}.
 */
class RequestStateBindingTest {

    @RegisterExtension
    static final QuarkusUnitTest APP = AuthApps.secured(InputTools.class, StatelessHttp.class, AuditRecorder.class);

    @Inject
    AuditRecorder audit;

    private static String token(String subject, String client) {
        return TestTokens.token().subject(subject).clientId(client).scopes("orders:read").sign();
    }

    private static JsonNode travel(String token, String extraFields) {
        String fields = "\"name\":\"travel\",\"arguments\":{\"who\":\"Ada\"}"
                + (extraFields.isEmpty() ? "" : "," + extraFields);
        Response response = StatelessHttp.post("tools/call", "travel").header("Authorization", "Bearer " + token)
                .body(StatelessHttp.body(9, "tools/call", fields,
                        StatelessHttp.meta(StatelessHttp.VERSION, "{\"elicitation\":{}}")))
                .post(McpHttp.PATH);
        assertThat(response.statusCode()).isEqualTo(200);
        return McpHttp.json(response.asString());
    }

    @Test
    void onlyTheCallerTheStateWasIssuedToCanPresentIt() {
        String alice = token("alice", "desk-app");
        String state = travel(alice, "").path("result").path("requestState").asText();

        assertThat(travel(token("bob", "desk-app"), "\"requestState\":\"" + state + "\"").path("error").path("code")
                .asInt()).isEqualTo(-32602);
        assertThat(travel(token("alice", "other-app"), "\"requestState\":\"" + state + "\"").path("error")
                .path("code").asInt()).isEqualTo(-32602);
        // a fresh token of the same caller is the same caller
        assertThat(travel(token("alice", "desk-app"), "\"requestState\":\"" + state + "\"").path("result")
                .path("resultType").asText()).isEqualTo("input_required");

        AuditEvent last = audit.events().get(audit.events().size() - 1);
        assertThat(last.outcome()).isEqualTo(AuditEvent.Outcome.INPUT_REQUIRED);
        assertThat(last.subject()).isEqualTo("alice");
        assertThat(last.target()).isEqualTo("travel");
    }
}
