package io.mcpwarden.runtime.prompts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * Serves {@code prompts/list} from the descriptors rendered at startup, one page at a time, like {@code tools/list}.
 * The cursor is an opaque token that encodes the position of the next page.
 */
public final class PromptListHandler {

    private static final String CURSOR_PREFIX = "prompts:";

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
     * One page of the prompts the caller may see.
     */
    /**
     * Whether the application declares any prompt (the {@code prompts} capability is advertised only then).
     */
    public boolean offersPrompts() {
        return !catalog.all().isEmpty();
    }

    public JsonNode list(ObjectNode params, Predicate<RegisteredPrompt> visible) {
        List<RegisteredPrompt> prompts = catalog.all().stream().filter(visible).toList();
        int start = decodeCursor(params == null ? null : params.get("cursor"), prompts.size());
        int end = Math.min(prompts.size(), start + pageSize);
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode page = result.putArray("prompts");
        for (int i = start; i < end; i++) {
            page.add(prompts.get(i).descriptor());
        }
        if (end < prompts.size()) {
            result.put("nextCursor", encodeCursor(end));
        }
        return result;
    }

    private static String encodeCursor(int position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((CURSOR_PREFIX + position).getBytes(StandardCharsets.US_ASCII));
    }

    private static int decodeCursor(JsonNode cursor, int size) {
        if (cursor == null || cursor.isNull()) {
            return 0;
        }
        if (!cursor.isTextual() || cursor.textValue().length() > 64) {
            throw JsonRpcException.invalidParams("Invalid cursor");
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.textValue()), StandardCharsets.US_ASCII);
            if (decoded.startsWith(CURSOR_PREFIX)) {
                int position = Integer.parseInt(decoded.substring(CURSOR_PREFIX.length()));
                if (position > 0 && position <= size) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // falls through: a cursor we did not issue
        }
        throw JsonRpcException.invalidParams("Invalid cursor");
    }
}
