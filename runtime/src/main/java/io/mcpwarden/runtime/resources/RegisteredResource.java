package io.mcpwarden.runtime.resources;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A resource or resource template ready to serve: its build-time metadata, its generated invoker, its parsed
 * template (null for a fixed URI) and its rendered listing descriptor.
 */
public record RegisteredResource(ResourceMetadata metadata, Invoker<Object, Object> invoker, UriTemplate template,
        ObjectNode descriptor) {
}
