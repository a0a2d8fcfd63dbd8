package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.PromptArg;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class PromptListDescriptorTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt(name = "code_review", title = "Request Code Review", description = "Asks the LLM to analyze code quality and suggest improvements")
        String review(@PromptArg(description = "The code to review") String code,
                @PromptArg(name = "focus-area", description = "What to look at first", required = false) String focus,
                Optional<String> language, Caller caller) {
            return code;
        }

        @Prompt
        String greeting() {
            return "Hello";
        }
    }

    @Test
    void listNamesEveryPromptInNameOrderWithItsArgumentsButNotTheCaller() {
        String body = McpHttp.request(McpHttp.openSession(), "prompts/list", "{}").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .extract().asString();
        assertThat(McpHttp.json(body)).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"result":{"prompts":[
                  {"name":"code_review","title":"Request Code Review",
                   "description":"Asks the LLM to analyze code quality and suggest improvements",
                   "arguments":[
                     {"name":"code","description":"The code to review","required":true},
                     {"name":"focus-area","description":"What to look at first","required":false},
                     {"name":"language","required":false}]},
                  {"name":"greeting","arguments":[]}]}}"""));
    }
}
