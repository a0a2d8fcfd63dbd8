package io.mcpwarden.deployment;

import io.mcpwarden.runtime.resources.ResourceMetadata;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * A validated resource or resource template: its metadata and the invoker generated for its method.
 */
public final class ResourceBuildItem extends MultiBuildItem {

    private final ResourceMetadata metadata;
    private final InvokerInfo invoker;

    public ResourceBuildItem(ResourceMetadata metadata, InvokerInfo invoker) {
        this.metadata = metadata;
        this.invoker = invoker;
    }

    public ResourceMetadata metadata() {
        return metadata;
    }

    public InvokerInfo invoker() {
        return invoker;
    }
}
