package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class UnknownPromptTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        @Prompt
        String greeting() {
            return "Hello";
        }
    }

    private static String get(String params) {
        return McpHttp.request(McpHttp.openSession(), "prompts/get", params).then().statusCode(200).extract()
                .asString();
    }

    @Test
    void unknownNameIsInvalidParams() {
        assertThat(McpHttp.json(get("{\"name\":\"farewell\"}"))).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"Unknown prompt: farewell"}}"""));
    }

    @Test
    void missingNameIsInvalidParams() {
        assertThat(McpHttp.json(get("{}"))).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"prompts/get needs a 'name' string"}}"""));
    }
}
