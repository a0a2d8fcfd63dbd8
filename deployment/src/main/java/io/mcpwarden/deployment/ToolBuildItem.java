package io.mcpwarden.deployment;

import io.mcpwarden.runtime.tools.ToolMetadata;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * A validated tool: its metadata (with schemas rendered) and the invoker generated for its method.
 */
public final class ToolBuildItem extends MultiBuildItem {

    private final ToolMetadata metadata;
    private final InvokerInfo invoker;

    public ToolBuildItem(ToolMetadata metadata, InvokerInfo invoker) {
        this.metadata = metadata;
        this.invoker = invoker;
    }

    public ToolMetadata metadata() {
        return metadata;
    }

    public InvokerInfo invoker() {
        return invoker;
    }
}
