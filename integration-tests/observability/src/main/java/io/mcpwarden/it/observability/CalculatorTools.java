package io.mcpwarden.it.observability;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.auth.RequiresScopes;

/**
 * Two tools with different scopes: enough to see allowed calls, refusals and their reasons in the metrics.
 */
public class CalculatorTools {

    @Tool(name = "add", description = "Adds two integers.")
    @RequiresScopes("calc:use")
    int add(@ToolArg(description = "The first addend") int a, @ToolArg(description = "The second addend") int b) {
        return a + b;
    }

    @Tool(name = "reset_memory", description = "Clears the calculator's memory.")
    @RequiresScopes("calc:admin")
    String resetMemory() {
        return "cleared";
    }
}
