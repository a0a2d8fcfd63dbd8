package io.mcpwarden.deployment.test.prompts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Prompt;
import io.mcpwarden.PromptArg;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class MissingRequiredPromptArgumentTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Prompts.class, McpHttp.class));

    static class Prompts {

        static volatile boolean called;

        @Prompt
        String review(@PromptArg(name = "code") String source, @PromptArg(required = false) String focus) {
            called = true;
            return source + "/" + focus;
        }
    }

    private static String get(String arguments) {
        return McpHttp.request(McpHttp.openSession(), "prompts/get",
                "{\"name\":\"review\",\"arguments\":" + arguments + "}").then().statusCode(200).extract().asString();
    }

    @Test
    void missingRequiredArgumentIsInvalidParamsNamingItAndTheMethodDoesNotRun() {
        Prompts.called = false;
        assertThat(McpHttp.json(get("{\"focus\":\"naming\"}"))).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"Missing required argument 'code'"}}"""));
        assertThat(McpHttp.json(get("null"))).isEqualTo(McpHttp.json("""
                {"jsonrpc":"2.0","id":7,"error":{"code":-32602,"message":"Missing required argument 'code'"}}"""));
        assertThat(Prompts.called).isFalse();
    }

    @Test
    void missingOptionalArgumentIsNull() {
        assertThat(McpHttp.json(get("{\"code\":\"x = 1\"}")).path("result").path("messages").get(0).path("content")
                .path("text").asText()).isEqualTo("x = 1/null");
    }
}
