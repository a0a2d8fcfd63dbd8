package io.mcpwarden.runtime.prompts;

import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.protocol.PageCursor;

/**
 * Serves {@code prompts/list} from the descriptors rendered at startup, one page at a time, like {@code tools/list}.
 * The cursor is an opaque token that encodes the position of the next page.
 */
public final class PromptListHandler {

    private static final PageCursor CURSOR = new PageCursor("prompts");

    private final PromptCatalog catalog;
    private final int pageSize;

    public PromptListHandler(PromptCatalog catalog, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("quarkus.warden.prompts.page-size must be at least 1");
        }
        this.catalog = catalog;
        this.pageSize = pageSize;
    }

    /**
     * Whether the application declares any prompt (the {@code prompts} capability is advertised only then).
     */
    public boolean offersPrompts() {
        return !catalog.all().isEmpty();
    }

    /**
     * One page of the prompts the caller may see.
     */
    public JsonNode list(ObjectNode params, Predicate<RegisteredPrompt> visible) {
        List<RegisteredPrompt> prompts = catalog.all().stream().filter(visible).toList();
        int start = CURSOR.decode(params == null ? null : params.get("cursor"), prompts.size());
        int end = Math.min(prompts.size(), start + pageSize);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode page = result.putArray("prompts");
        for (int i = start; i < end; i++) {
            page.add(prompts.get(i).descriptor());
        }
        if (end < prompts.size()) {
            result.put("nextCursor", CURSOR.encode(end));
        }
        return result;
    }
}
