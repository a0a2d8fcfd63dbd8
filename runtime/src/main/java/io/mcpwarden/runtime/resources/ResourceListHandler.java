package io.mcpwarden.runtime.resources;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.protocol.PageCursor;

/**
 * Serves {@code resources/list} and {@code resources/templates/list} from the descriptors rendered at startup, one
 * page at a time, as {@code tools/list} does.
 */
public final class ResourceListHandler {

    private static final PageCursor RESOURCES = new PageCursor("resources");
    private static final PageCursor TEMPLATES = new PageCursor("templates");

    private final ResourceCatalog catalog;
    private final int pageSize;

    public ResourceListHandler(ResourceCatalog catalog, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("the page size must be at least 1");
        }
        this.catalog = catalog;
        this.pageSize = pageSize;
    }

    /**
     * Whether the application has any resource or template, and so offers the {@code resources} capability.
     */
    public boolean offersResources() {
        return !catalog.isEmpty();
    }

    /**
     * One page of the resources the caller may read.
     */
    public JsonNode resources(ObjectNode params, Predicate<RegisteredResource> visible) {
        return page(catalog.resources(), params, visible, RESOURCES, "resources");
    }

    /**
     * One page of the resource templates the caller may read.
     */
    public JsonNode templates(ObjectNode params, Predicate<RegisteredResource> visible) {
        return page(catalog.templates(), params, visible, TEMPLATES, "resourceTemplates");
    }

    private JsonNode page(List<RegisteredResource> all, ObjectNode params, Predicate<RegisteredResource> visible,
            PageCursor cursor, String field) {
        List<RegisteredResource> shown = all.stream().filter(visible).toList();
        int start = cursor.decode(params == null ? null : params.get("cursor"), shown.size());
        int end = Math.min(shown.size(), start + pageSize);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode page = result.putArray(field);
        for (int i = start; i < end; i++) {
            page.add(shown.get(i).descriptor());
        }
        if (end < shown.size()) {
            result.put("nextCursor", cursor.encode(end));
        }
        return result;
    }
}
