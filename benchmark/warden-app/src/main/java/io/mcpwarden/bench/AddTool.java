package io.mcpwarden.bench;

import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.auth.RequiresScopes;

/**
 * The trivial tool of the tools/call scenarios: the cost measured is the server's, not the tool's.
 */
@RequiresScopes("bench:call")
public class AddTool {

    @Tool(name = "add", description = "Adds two integers and returns the sum.", readOnlyHint = true, openWorldHint = false)
    int add(@ToolArg(description = "The first addend") int a, @ToolArg(description = "The second addend") int b) {
        return a + b;
    }
}
