package io.mcpwarden.deployment;

import io.mcpwarden.runtime.prompts.PromptMetadata;
import io.quarkus.arc.processor.InvokerInfo;
import io.quarkus.builder.item.MultiBuildItem;

/**
 * A validated prompt: its metadata (with its access rule) and the invoker generated for its method.
 */
public final class PromptBuildItem extends MultiBuildItem {

    private final PromptMetadata metadata;
    private final InvokerInfo invoker;

    public PromptBuildItem(PromptMetadata metadata, InvokerInfo invoker) {
        this.metadata = metadata;
        this.invoker = invoker;
    }

    public PromptMetadata metadata() {
        return metadata;
    }

    public InvokerInfo invoker() {
        return invoker;
    }
}
