package io.mcpwarden.conformance;

import jakarta.inject.Inject;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolRegistry;
import io.mcpwarden.ToolResult;

/**
 * The hook the {@code server-stateless} scenario calls to see list changes on a {@code subscriptions/listen} stream:
 * it adds a tool at run time and removes it again, so the tool list changes twice and ends as it was (the other
 * scenarios list the tools too).
 */
public class ListChangeFixtures {

    @Inject
    ToolRegistry registry;

    @Tool(name = "test_trigger_tool_change", description = "Adds a tool and removes it again (two list changes).")
    String triggerToolChange() {
        registry.add(DynamicTool.builder("test_transient_tool").description("Exists for a moment")
                .handler((arguments, caller) -> ToolResult.text("transient")).build());
        registry.remove("test_transient_tool");
        return "The tool list changed";
    }
}
