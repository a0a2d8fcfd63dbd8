package io.mcpwarden.deployment.test.stateless;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;
import io.restassured.response.Response;

/**
 * Multi-round-trip requests of the stateless era (SEP-2322): a tool or prompt that throws {@code InputRequired} is
 * answered with an {@code InputRequiredResult}; the retry carries the answers ({@code inputResponses}) and the sealed
 * {@code requestState}, which the server verifies and refuses when changed or presented with another request.
 */
class MultiRoundTripTest {

    private static final String ALL = "{\"elicitation\":{\"form\":{}},\"sampling\":{},\"roots\":{}}";

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(InputTools.class, McpHttp.class, StatelessHttp.class));

    private static Response call(String tool, String extraFields, String capabilities) {
        String fields = "\"name\":\"" + tool + "\",\"arguments\":{}" + (extraFields.isEmpty() ? "" : "," + extraFields);
        return StatelessHttp.post("tools/call", tool)
                .body(StatelessHttp.body(9, "tools/call", fields, StatelessHttp.meta(StatelessHttp.VERSION,
                        capabilities)))
                .post(McpHttp.PATH);
    }

    private static Response travel(String who, String extraFields) {
        String fields = "\"name\":\"travel\",\"arguments\":{\"who\":\"" + who + "\"}"
                + (extraFields.isEmpty() ? "" : "," + extraFields);
        return StatelessHttp.post("tools/call", "travel")
                .body(StatelessHttp.body(9, "tools/call", fields, StatelessHttp.meta(StatelessHttp.VERSION, ALL)))
                .post(McpHttp.PATH);
    }

    private static JsonNode json(Response response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return McpHttp.json(response.asString());
    }

    @Test
    void theFirstRoundAsksAndTheRetryWithTheAnswerCompletes() {
        assertThat(json(call("greet", "", ALL))).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":9,"result":{"resultType":"input_required","inputRequests":{"name":{
                  "method":"elicitation/create","params":{"mode":"form","message":"What is your name?",
                  "requestedSchema":{"type":"object","properties":{"name":{"type":"string","title":"Name"}},
                  "required":["name"]}}}}}}"""));

        JsonNode done = json(call("greet", "\"inputResponses\":{\"name\":{\"action\":\"accept\",\"content\":"
                + "{\"name\":\"Ada\"}},\"unasked\":{\"x\":1}}", ALL));
        assertThat(done.path("result").path("resultType").asText()).isEqualTo("complete");
        assertThat(done.path("result").path("content").get(0).path("text").asText()).isEqualTo("Hello, Ada!");
    }

    @Test
    void aRetryWithoutTheAskedAnswerIsAskedAgain() {
        JsonNode again = json(call("greet", "\"inputResponses\":{\"other\":{\"action\":\"accept\"}}", ALL));
        assertThat(again.path("result").path("resultType").asText()).isEqualTo("input_required");
        assertThat(again.path("result").path("inputRequests").has("name")).isTrue();
    }

    @Test
    void severalRequestsOfDifferentKindsGoInOneResult() {
        JsonNode asked = json(call("summarize", "", ALL)).path("result");
        assertThat(asked.path("inputRequests").path("summary")).isEqualTo(McpHttp.json("""
                {"method":"sampling/createMessage","params":{"messages":[{"role":"user","content":{"type":"text",
                 "text":"Summarize"}}],"maxTokens":20}}"""));
        assertThat(asked.path("inputRequests").path("ok").path("method").asText()).isEqualTo("elicitation/create");

        JsonNode done = json(call("summarize", """
                "inputResponses":{"summary":{"role":"assistant","content":{"type":"text","text":"Short"},
                 "model":"m","stopReason":"endTurn"},"ok":{"action":"accept","content":{"publish":true}}}""", ALL));
        assertThat(done.path("result").path("content").get(0).path("text").asText()).isEqualTo("Short / true");
    }

    @Test
    void rootsAreAskedWithRootsList() {
        assertThat(json(call("roots", "", ALL)).path("result").path("inputRequests"))
                .isEqualTo(McpHttp.json("{\"roots\":{\"method\":\"roots/list\",\"params\":{}}}"));
        JsonNode done = json(call("roots", "\"inputResponses\":{\"roots\":{\"roots\":[{\"uri\":\"file:///work\","
                + "\"name\":\"Work\"}]}}", ALL));
        assertThat(done.path("result").path("content").get(0).path("text").asText()).isEqualTo("file:///work Work");
    }

    @Test
    void theStateComesBackSealedAndOpensOnlyForTheSameRequest() {
        JsonNode first = json(travel("Ada", "")).path("result");
        assertThat(first.path("resultType").asText()).isEqualTo("input_required");
        assertThat(first.has("inputRequests")).isFalse();
        String state = first.path("requestState").asText();
        assertThat(state).isNotEmpty().doesNotContain("plan").doesNotContain("city");

        JsonNode second = json(travel("Ada", "\"requestState\":\"" + state + "\"")).path("result");
        assertThat(second.path("inputRequests").path("city").path("method").asText()).isEqualTo("elicitation/create");
        String nextState = second.path("requestState").asText();

        JsonNode done = json(travel("Ada", "\"requestState\":\"" + nextState + "\",\"inputResponses\":{\"city\":"
                + "{\"action\":\"accept\",\"content\":{\"city\":\"Turin\"}}}"));
        assertThat(done.path("result").path("content").get(0).path("text").asText())
                .isEqualTo("Ada goes to Turin (state: " + InputTools.STATE + ")");

        // The same state with other arguments, or for another tool, does not open.
        assertFailsVerification(travel("Bob", "\"requestState\":\"" + state + "\""));
        assertFailsVerification(call("greet", "\"requestState\":\"" + state + "\"", ALL));
    }

    @Test
    void aChangedStateIsRefusedWithInvalidParams() {
        String state = json(travel("Ada", "")).path("result").path("requestState").asText();
        // One character in the middle of the ciphertext (the last character of a part may only carry padding bits).
        int inCiphertext = state.lastIndexOf('.') - 5;
        char original = state.charAt(inCiphertext);
        String changed = state.substring(0, inCiphertext) + (original == 'A' ? 'B' : 'A')
                + state.substring(inCiphertext + 1);
        assertFailsVerification(travel("Ada", "\"requestState\":\"" + changed + "\""));
        assertFailsVerification(travel("Ada", "\"requestState\":\"not-a-state\""));
        assertFailsVerification(travel("Ada", "\"requestState\":\"" + state + "x\""));
    }

    private static void assertFailsVerification(Response response) {
        assertThat(json(response)).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":9,"error":{"code":-32602,"message":"Invalid params: requestState failed
                 verification (changed, expired, or sent with another request)"}}""".replace("\n ", " ")));
    }

    @Test
    void malformedInputIsInvalidParams() {
        assertThat(json(call("greet", "\"inputResponses\":12", ALL)).path("error")).isEqualTo(McpHttp.json("""
                {"code":-32602,"message":"Invalid params: inputResponses must be an object of the client's results by
                 input request key"}""".replace("\n ", " ")));
        assertThat(json(call("greet", "\"inputResponses\":null", ALL)).path("error").path("code").asInt())
                .isEqualTo(-32602);
        assertThat(json(call("greet", "\"requestState\":7", ALL)).path("error")).isEqualTo(McpHttp.json("""
                {"code":-32602,"message":"Invalid params: requestState must be the string the server sent"}"""));
        assertThat(json(call("greet", "\"inputResponses\":{\"name\":\"Ada\"}", ALL)).path("error"))
                .isEqualTo(McpHttp.json("""
                        {"code":-32602,"message":"Invalid params: inputResponses['name'] must be an object"}"""));
        assertThat(json(call("greet", "\"inputResponses\":{\"name\":{\"action\":\"maybe\"}}", ALL)).path("error"))
                .isEqualTo(McpHttp.json("""
                        {"code":-32602,"message":"Invalid params: inputResponses['name'] must be an elicitation
                         result with a valid action"}""".replace("\n ", " ")));
    }

    @Test
    void aRequestTheClientCannotAnswerIsMissingRequiredClientCapability() {
        Response refused = call("summarize", "", "{\"elicitation\":{}}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(McpHttp.json(refused.asString())).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":9,"error":{"code":-32021,"message":"The request needs sampling, and the client
                 did not declare the sampling capability it needs","data":{"requiredCapabilities":{"sampling":{}}}}}"""
                .replace("\n ", " ")));
    }

    @Test
    void aPromptAsksTooAndNoListIsEverInputRequired() {
        Response first = StatelessHttp.post("prompts/get", "essay").body(StatelessHttp.body(9, "prompts/get",
                "\"name\":\"essay\"", StatelessHttp.meta(StatelessHttp.VERSION, ALL))).post(McpHttp.PATH);
        assertThat(json(first).path("result").path("inputRequests").path("topic").path("params").path("message")
                .asText()).isEqualTo("Which topic?");
        Response second = StatelessHttp.post("prompts/get", "essay").body(StatelessHttp.body(9, "prompts/get",
                "\"name\":\"essay\",\"inputResponses\":{\"topic\":{\"action\":\"accept\",\"content\":{\"topic\":"
                        + "\"bees\"}}}",
                StatelessHttp.meta(StatelessHttp.VERSION, ALL))).post(McpHttp.PATH);
        JsonNode result = json(second).path("result");
        assertThat(result.path("resultType").asText()).isEqualTo("complete");
        assertThat(result.path("messages").get(0).path("content").path("text").asText()).isEqualTo("Write about bees");

        JsonNode list = json(StatelessHttp.request("tools/list", null, "")).path("result");
        assertThat(list.path("resultType").asText()).isEqualTo("complete");
        for (JsonNode tool : list.path("tools")) {
            // ClientInput is supplied by the server: never an argument in the schema
            if (tool.path("name").asText().equals("travel")) {
                assertThat(tool.path("inputSchema").path("properties").fieldNames()).toIterable()
                        .containsExactly("who");
            } else {
                assertThat(tool.path("inputSchema").path("properties").isEmpty()).isTrue();
            }
        }
    }
}
