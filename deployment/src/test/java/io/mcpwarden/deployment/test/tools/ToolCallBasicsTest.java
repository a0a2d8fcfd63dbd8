package io.mcpwarden.deployment.test.tools;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.ToolCallException;
import io.mcpwarden.deployment.test.McpHttp;
import io.quarkus.test.QuarkusUnitTest;

class ToolCallBasicsTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Greeter.class, McpHttp.class))
            .overrideConfigKey("quarkus.http.test-port", "0");

    static class Greeter {

        @Tool(description = "Greets someone")
        String greet(@ToolArg(description = "Who to greet") String name) {
            return "Hello " + name;
        }

        @Tool(name = "add-numbers")
        int add(int a, @ToolArg(defaultValue = "10") int b) {
            return a + b;
        }

        @Tool
        String refuse(String orderId) {
            throw new ToolCallException("Order " + orderId + " does not exist");
        }

        @Tool
        String crash() {
            throw new IllegalStateException("secret internal detail");
        }
    }

    @Test
    void callWithValidArgumentsReturnsTextContent() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "greet", "{\"name\":\"Ada\"}").then()
                .statusCode(200)
                .header("Content-Type", "application/json")
                .body("jsonrpc", equalTo("2.0"))
                .body("id", equalTo(7))
                .body("result.content.type", contains("text"))
                .body("result.content.text", contains("Hello Ada"))
                .body("result.isError", nullValue());
    }

    @Test
    void customNameAndDefaultValueAreHonoured() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "add-numbers", "{\"a\":5}").then()
                .statusCode(200)
                .body("result.content.text", contains("15"));
        McpHttp.callTool(session, "add-numbers", "{\"a\":5,\"b\":1}").then()
                .body("result.content.text", contains("6"));
    }

    @Test
    void toolCallExceptionBecomesErrorResultWithItsMessage() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "refuse", "{\"orderId\":\"42\"}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("Order 42 does not exist"));
    }

    @Test
    void unexpectedExceptionBecomesGenericErrorResultWithoutDetails() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "crash", "{}").then()
                .statusCode(200)
                .body("result.isError", equalTo(true))
                .body("result.content.text", contains("The tool 'crash' failed. The server log has the details."));
    }

    @Test
    void unknownToolIsInvalidParamsError() {
        String session = McpHttp.openSession();
        McpHttp.callTool(session, "nope", "{}").then()
                .statusCode(200)
                .body("error.code", equalTo(-32602))
                .body("error.message", equalTo("Unknown tool: nope"));
    }
}
