package io.mcpwarden.deployment.test.stateless;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * A request state outlives neither its configured lifetime nor the key that sealed it: with
 * {@code quarkus.warden.request-state.lifetime=1S}, a state presented later is refused, and a state sealed with
 * another key (as by an instance with another {@code quarkus.warden.request-state.key}) does not open.
 */
class RequestStateLifetimeTest {

    /** The Base64 of 32 bytes: a key as {@code openssl rand -base64 32} makes one. */
    static final String KEY = "q83vEjRWeJBFkZoRSt1k6hGNwE8eSKIlnKNZe8LNLzM=";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .overrideConfigKey("quarkus.warden.request-state.lifetime", "1S")
            .overrideConfigKey("quarkus.warden.request-state.key", KEY)
            .withApplicationRoot(jar -> jar.addClasses(InputTools.class, McpHttp.class, StatelessHttp.class,
                    ForeignState.class));

    private static Response travel(String extraFields) {
        String fields = "\"name\":\"travel\",\"arguments\":{\"who\":\"Ada\"}"
                + (extraFields.isEmpty() ? "" : "," + extraFields);
        return StatelessHttp.post("tools/call", "travel")
                .body(StatelessHttp.body(9, "tools/call", fields,
                        StatelessHttp.meta(StatelessHttp.VERSION, "{\"elicitation\":{}}")))
                .post(McpHttp.PATH);
    }

    @Test
    void aStatePresentedAfterItsLifetimeIsRefused() throws InterruptedException {
        String state = McpHttp.json(travel("").asString()).path("result").path("requestState").asText();
        JsonNode inTime = McpHttp.json(travel("\"requestState\":\"" + state + "\"").asString());
        assertThat(inTime.path("result").path("resultType").asText()).isEqualTo("input_required");

        Thread.sleep(2_100);
        JsonNode late = McpHttp.json(travel("\"requestState\":\"" + state + "\"").asString());
        assertThat(late.path("error").path("code").asInt()).isEqualTo(-32602);
        assertThat(late.path("error").path("message").asText()).startsWith("Invalid params: requestState failed");
    }

    @Test
    void aStateSealedWithTheSharedKeyOpensAndOneSealedWithAnotherKeyDoesNot() {
        String[] binding = { "", "tools/call", "travel", "{\"who\":\"Ada\"}" };
        String answer = ",\"inputResponses\":{\"city\":{\"action\":\"accept\",\"content\":{\"city\":\"Turin\"}}}";

        String shared = ForeignState.seal(KEY, "from another instance", binding);
        JsonNode opened = McpHttp.json(travel("\"requestState\":\"" + shared + "\"" + answer).asString());
        assertThat(opened.path("result").path("content").get(0).path("text").asText())
                .isEqualTo("Ada goes to Turin (state: from another instance)");

        String foreign = ForeignState.seal(null, "from another instance", binding);
        JsonNode refused = McpHttp.json(travel("\"requestState\":\"" + foreign + "\"" + answer).asString());
        assertThat(refused.path("error").path("code").asInt()).isEqualTo(-32602);
    }
}
