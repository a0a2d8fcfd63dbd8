package io.mcpwarden.runtime;

import jakarta.inject.Singleton;

import io.mcpwarden.ResourceUpdates;

/**
 * The injectable {@link ResourceUpdates}.
 */
@Singleton
public class ResourceUpdatesBean implements ResourceUpdates {

    private final McpEndpoint endpoint;

    ResourceUpdatesBean(McpEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    @Override
    public int updated(String uri) {
        return endpoint.subscriptions().updated(uri);
    }
}
