package io.mcpwarden.runtime.tools;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.protocol.PageCursor;

/**
 * Serves {@code tools/list} from the descriptors rendered at startup, one page at a time. The cursor is an opaque
 * token that encodes the position of the next page.
 */
public final class ToolListHandler {

    private static final PageCursor CURSOR = new PageCursor("tools");

    private final ToolCatalog catalog;
    private final int pageSize;

    public ToolListHandler(ToolCatalog catalog, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("quarkus.warden.tools.page-size must be at least 1");
        }
        this.catalog = catalog;
        this.pageSize = pageSize;
    }

    /**
     * One page of the tools the caller may see.
     */
    public JsonNode list(ObjectNode params, Predicate<RegisteredTool> visible) {
        List<RegisteredTool> tools = catalog.all().stream().filter(visible).toList();
        int start = CURSOR.decode(params == null ? null : params.get("cursor"), tools.size());
        int end = Math.min(tools.size(), start + pageSize);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode page = result.putArray("tools");
        for (int i = start; i < end; i++) {
            page.addRawValue(tools.get(i).serializedDescriptor());
        }
        if (end < tools.size()) {
            result.put("nextCursor", CURSOR.encode(end));
        }
        return result;
    }
}
