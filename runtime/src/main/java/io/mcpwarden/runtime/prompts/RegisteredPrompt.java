package io.mcpwarden.runtime.prompts;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A prompt ready to serve: its build-time metadata, its generated invoker and its rendered {@code prompts/list}
 * descriptor.
 */
public record RegisteredPrompt(PromptMetadata metadata, Invoker<Object, Object> invoker, ObjectNode descriptor) {

    public String name() {
        return metadata.name();
    }
}
