package io.mcpwarden.runtime;

import jakarta.inject.Singleton;

import io.mcpwarden.DynamicTool;
import io.mcpwarden.ToolRegistry;

/**
 * The injectable {@link ToolRegistry}.
 */
@Singleton
public class ToolRegistryBean implements ToolRegistry {

    private final McpEndpoint endpoint;

    ToolRegistryBean(McpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public void add(DynamicTool tool) {
        endpoint.runtimeTools().add(tool);
    }

    @Override
    public boolean remove(String name) {
        return endpoint.runtimeTools().remove(name);
    }
}
