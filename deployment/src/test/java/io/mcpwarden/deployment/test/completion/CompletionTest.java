package io.mcpwarden.deployment.test.completion;

import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.CompletionProvider;
import io.mcpwarden.CompletionRef;
import io.mcpwarden.Prompt;
import io.mcpwarden.ResourceTemplate;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

/**
 * {@code completion/complete} answers from the {@link CompletionProvider} of a prompt argument or template variable,
 * with at most 100 values, the total and {@code hasMore}; it refuses references to things that do not exist.
 */
class CompletionTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Features.class, Languages.class, Cities.class, McpHttp.class));

    static class Features {
        @Prompt
        String review(String language, String style) {
            return "Review " + language;
        }

        @ResourceTemplate(uriTemplate = "weather://{country}/{city}", name = "weather")
        String weather(String country, String city) {
            return "sunny";
        }
    }

    static class Languages implements CompletionProvider {
        @Override
        public CompletionRef ref() {
            return CompletionRef.promptArgument("review", "language");
        }

        @Override
        public List<String> complete(String value, Map<String, String> context) {
            return List.of("java", "javascript", "kotlin").stream().filter(l -> l.startsWith(value)).toList();
        }
    }

    static class Cities implements CompletionProvider {
        @Override
        public CompletionRef ref() {
            return CompletionRef.templateVariable("weather://{country}/{city}", "city");
        }

        @Override
        public List<String> complete(String value, Map<String, String> context) {
            return IntStream.range(0, 150).mapToObj(i -> context.getOrDefault("country", "?") + "-city-" + i)
                    .toList();
        }
    }

    private static String complete(String session, String ref, String argument, String value, String context) {
        return McpHttp.request(session, "completion/complete", "{\"ref\":" + ref + ",\"argument\":{\"name\":\""
                + argument + "\",\"value\":\"" + value + "\"}" + (context == null ? "" : ",\"context\":" + context)
                + "}").then().statusCode(200).extract().asString();
    }

    @Test
    void promptArgumentCandidatesMatchTheValue() {
        String body = complete(McpHttp.openSession(), "{\"type\":\"ref/prompt\",\"name\":\"review\"}", "language",
                "ja", null);
        org.assertj.core.api.Assertions.assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"result":{"completion":{"values":["java","javascript"],"total":2,
                 "hasMore":false}}}"""));
    }

    @Test
    void templateVariableResultsStopAtOneHundredWithTotalAndHasMore() {
        String body = complete(McpHttp.openSession(),
                "{\"type\":\"ref/resource\",\"uri\":\"weather://{country}/{city}\"}", "city", "",
                "{\"arguments\":{\"country\":\"fr\"}}");
        var completion = McpHttp.json(body).path("result").path("completion");
        org.assertj.core.api.Assertions.assertThat(completion.path("values")).hasSize(100);
        org.assertj.core.api.Assertions.assertThat(completion.path("values").get(0).asText()).isEqualTo("fr-city-0");
        org.assertj.core.api.Assertions.assertThat(completion.path("total").asInt()).isEqualTo(150);
        org.assertj.core.api.Assertions.assertThat(completion.path("hasMore").asBoolean()).isTrue();
    }

    @Test
    void anArgumentWithoutProviderHasNoCandidates() {
        String body = complete(McpHttp.openSession(), "{\"type\":\"ref/prompt\",\"name\":\"review\"}", "style", "",
                null);
        org.assertj.core.api.Assertions.assertThat(McpHttp.json(body).path("result")).isEqualTo(McpHttp.json(
                "{\"completion\":{\"values\":[],\"total\":0,\"hasMore\":false}}"));
    }

    @Test
    void unknownReferencesAreInvalidParams() {
        String session = McpHttp.openSession();
        McpHttp.request(session, "completion/complete",
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"nope\"},\"argument\":{\"name\":\"a\",\"value\":\"\"}}")
                .then().statusCode(200).body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Unknown prompt: nope"));
        McpHttp.request(session, "completion/complete",
                "{\"ref\":{\"type\":\"ref/prompt\",\"name\":\"review\"},\"argument\":{\"name\":\"x\",\"value\":\"\"}}")
                .then().statusCode(200).body("error.message", equalTo("The prompt 'review' has no argument 'x'"));
        McpHttp.request(session, "completion/complete",
                "{\"ref\":{\"type\":\"ref/resource\",\"uri\":\"weather://x\"},\"argument\":{\"name\":\"city\",\"value\":\"\"}}")
                .then().statusCode(200).body("error.message", equalTo("Unknown resource template: weather://x"));
        McpHttp.request(session, "completion/complete", "{\"ref\":{\"type\":\"ref/tool\"}}").then().statusCode(200)
                .body("error.message", equalTo("completion/complete needs a 'ref' object and an 'argument' with a "
                        + "'name' and a 'value' string"));
    }

    @Test
    void initializeAdvertisesCompletions() {
        McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(200)
                .body("result.capabilities.completions", equalTo(Map.of()));
    }
}
