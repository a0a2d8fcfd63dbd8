package io.mcpwarden.runtime.tools;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A tool ready to serve: its build-time metadata, its generated invoker, its argument binder and its rendered
 * {@code tools/list} descriptor.
 */
public record RegisteredTool(ToolMetadata metadata, Invoker<Object, Object> invoker, ArgumentBinder binder,
        ObjectNode descriptor) {

    public String name() {
        return metadata.name();
    }
}
