package io.mcpwarden.deployment.test.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolRegistry;
import io.mcpwarden.ToolResult;
import io.mcpwarden.deployment.test.McpHttp;
import io.mcpwarden.deployment.test.McpSessions;
import io.mcpwarden.deployment.test.SseClient;
import io.quarkus.test.QuarkusUnitTest;

/**
 * Tools added and removed at run time through {@link ToolRegistry}: listed, callable with their arguments, announced
 * with {@code notifications/tools/list_changed} on GET streams, and refused when invalid.
 */
class RuntimeToolTest {

    @RegisterExtension
    static final QuarkusUnitTest app = new QuarkusUnitTest().withConfigurationResource("without-auth.properties")
            .withApplicationRoot(jar -> jar.addClasses(Tools.class, McpHttp.class, McpSessions.class,
                    SseClient.class));

    @Inject
    ToolRegistry registry;

    static class Tools {
        @Tool
        String fixed() {
            return "fixed";
        }
    }

    @Test
    void addedToolIsAnnouncedListedCallableAndRemovable() {
        String session = McpSessions.open("{}");
        try (SseClient stream = SseClient.get(session, null)) {
            stream.next();
            registry.add(DynamicTool.builder("greet").description("Greets someone")
                    .inputSchema("{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}")
                    .handler((arguments, caller) -> ToolResult.text("Hello " + arguments.get("name")))
                    .build());
            assertThat(stream.nextMessage()).isEqualTo(McpHttp.json(
                    "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/tools/list_changed\"}"));
            assertThat(McpHttp.toolDescriptor("greet")).isEqualTo(McpHttp.json("""
                    {"name":"greet","description":"Greets someone",
                     "inputSchema":{"type":"object","properties":{"name":{"type":"string"}}},
                     "annotations":{"readOnlyHint":false,"destructiveHint":true,"idempotentHint":false,
                                    "openWorldHint":true}}"""));
            assertThat(McpHttp.callToolResult(session, "greet", "{\"name\":\"Ada\"}"))
                    .isEqualTo(McpHttp.textResult("Hello Ada"));
            assertThat(registry.remove("greet")).isTrue();
            assertThat(stream.nextMessage().path("method").asText()).isEqualTo("notifications/tools/list_changed");
            McpHttp.callTool(session, "greet", "{}").then().statusCode(200)
                    .body("error.message", equalTo("Unknown tool: greet"));
        }
    }

    @Test
    void invalidToolsAreRefused() {
        assertThatThrownBy(() -> registry.add(DynamicTool.builder("fixed")
                .handler((arguments, caller) -> ToolResult.text("x")).build()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A tool named 'fixed' already exists");
        assertThatThrownBy(() -> registry.add(DynamicTool.builder("bad name")
                .handler((arguments, caller) -> ToolResult.text("x")).build()))
                .hasMessage("Tool name 'bad name' is invalid: use 1 to 128 characters from A-Z a-z 0-9 _ - .");
        assertThatThrownBy(() -> registry.add(DynamicTool.builder("arrayInput").inputSchema("{\"type\":\"array\"}")
                .handler((arguments, caller) -> ToolResult.text("x")).build()))
                .hasMessage("The input schema of tool 'arrayInput' must be a JSON Schema object with \"type\": "
                        + "\"object\"");
        assertThat(registry.remove("fixed")).isFalse();
        assertThat(McpHttp.callToolResult(McpHttp.openSession(), "fixed", "{}"))
                .isEqualTo(McpHttp.textResult("fixed"));
    }

    @Test
    void initializeAdvertisesToolListChanges() {
        McpHttp.post().body(McpHttp.initializeBody("2025-11-25")).post(McpHttp.PATH).then().statusCode(200)
                .body("result.capabilities.tools.listChanged", equalTo(true));
    }
}
