package io.mcpwarden.runtime.resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * All resources (in URI order) and resource templates (in template order) of the application, each with its listing
 * descriptor rendered once at startup.
 */
public final class ResourceCatalog {

    private final List<RegisteredResource> resources;
    private final List<RegisteredResource> templates;
    private final Map<String, RegisteredResource> byUri;

    public ResourceCatalog(List<ResourceMetadata> metadata, List<Invoker<Object, Object>> invokers) {
        List<RegisteredResource> fixed = new ArrayList<>();
        List<RegisteredResource> templated = new ArrayList<>();
        for (int i = 0; i < metadata.size(); i++) {
            ResourceMetadata resource = metadata.get(i);
            if (resource.template()) {
                templated.add(new RegisteredResource(resource, invokers.get(i), UriTemplate.parse(resource.uri()),
                        descriptor(resource, "uriTemplate")));
            } else {
                fixed.add(new RegisteredResource(resource, invokers.get(i), null, descriptor(resource, "uri")));
            }
        }
        Comparator<RegisteredResource> byUriText = Comparator.comparing(r -> r.metadata().uri());
        fixed.sort(byUriText);
        templated.sort(byUriText);
        this.resources = List.copyOf(fixed);
        this.templates = List.copyOf(templated);
        Map<String, RegisteredResource> index = new HashMap<>();
        for (RegisteredResource resource : resources) {
            index.put(resource.metadata().uri(), resource);
        }
        this.byUri = Map.copyOf(index);
    }

    /**
     * A resource found for a URI, with the values of its template variables (empty for a fixed URI).
     */
    public record Match(RegisteredResource resource, Map<String, String> variables) {
    }

    /**
     * The resource with this URI, else the first template that matches it, else null.
     */
    public Match find(String uri) {
        RegisteredResource fixed = byUri.get(uri);
        if (fixed != null) {
            return new Match(fixed, Map.of());
        }
        for (RegisteredResource template : templates) {
            Map<String, String> variables = template.template().match(uri);
            if (variables != null) {
                return new Match(template, variables);
            }
        }
        return null;
    }

    public List<RegisteredResource> resources() {
        return resources;
    }

    public List<RegisteredResource> templates() {
        return templates;
    }

    public boolean isEmpty() {
        return resources.isEmpty() && templates.isEmpty();
    }

    private static ObjectNode descriptor(ResourceMetadata resource, String uriField) {
        ObjectNode descriptor = JsonNodeFactory.instance.objectNode();
        descriptor.put(uriField, resource.uri());
        descriptor.put("name", resource.name());
        if (resource.title() != null) {
            descriptor.put("title", resource.title());
        }
        if (resource.description() != null) {
            descriptor.put("description", resource.description());
        }
        if (resource.mimeType() != null) {
            descriptor.put("mimeType", resource.mimeType());
        }
        return io.mcpwarden.runtime.protocol.Decorations.apply(descriptor, resource.decorations());
    }
}
