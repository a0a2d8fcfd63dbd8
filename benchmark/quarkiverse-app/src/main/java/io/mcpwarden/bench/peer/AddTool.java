package io.mcpwarden.bench.peer;

import io.quarkiverse.mcp.server.Tool;
import io.quarkiverse.mcp.server.ToolArg;

/**
 * The trivial tool of the tools/call scenarios, as the Quarkiverse extension declares it. Authentication and the scope
 * check are HTTP security policy (application.properties), so that the noauth profile can switch them off.
 */
public class AddTool {

    @Tool(name = "add", description = "Adds two integers and returns the sum.", annotations = @Tool.Annotations(readOnlyHint = true, openWorldHint = false))
    String add(@ToolArg(description = "The first addend") int a, @ToolArg(description = "The second addend") int b) {
        return String.valueOf(a + b);
    }
}
