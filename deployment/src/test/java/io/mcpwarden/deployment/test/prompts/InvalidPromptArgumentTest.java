package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class InvalidPromptArgumentTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt
        String review(String code) {
            return code;
        }
    }

    private static void assertInvalidParams(String arguments, String message) {
        String body = McpHttp.request(McpHttp.openSession(), "prompts/get",
                "{\"name\":\"review\",\"arguments\":" + arguments + "}").then().statusCode(200).extract().asString();
        assertThat(McpHttp.json(body).path("error")).isEqualTo(McpHttp.json(
                "{\"code\":-32602,\"message\":\"" + message + "\"}"));
    }

    @Test
    void nonStringValueIsInvalidParamsNamingTheArgument() {
        assertInvalidParams("{\"code\":42}", "Argument 'code' must be a string");
    }

    @Test
    void undeclaredArgumentIsInvalidParamsNamingIt() {
        assertInvalidParams("{\"code\":\"x\",\"langauge\":\"go\"}", "Unknown argument 'langauge'");
    }

    @Test
    void argumentsThatAreNotAnObjectAreInvalidParams() {
        assertInvalidParams("[\"x\"]", "The 'arguments' of prompts/get must be an object of strings");
    }
}
