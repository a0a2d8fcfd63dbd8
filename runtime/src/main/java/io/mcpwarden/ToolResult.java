package io.mcpwarden;

import java.util.List;
import java.util.Objects;

/**
 * The complete result of a tool call, for tools that need control over every field.
 *
 * @param content the content blocks, never null
 * @param structuredContent a JSON-serializable object sent as {@code structuredContent}, or null
 * @param isError whether the call failed in a way the model should see
 */
public record ToolResult(List<Content> content, Object structuredContent, boolean isError) {

    public ToolResult {
        content = List.copyOf(Objects.requireNonNull(content, "content"));
    }

    /**
     * A successful result with one text block.
     */
    public static ToolResult text(String text) {
        return new ToolResult(List.of(new TextContent(text)), null, false);
    }

    /**
     * A successful result with the given blocks.
     */
    public static ToolResult of(Content... content) {
        return new ToolResult(List.of(content), null, false);
    }

    /**
     * A failed result whose single text block is the given message.
     */
    public static ToolResult error(String message) {
        return new ToolResult(List.of(new TextContent(message)), null, true);
    }
}
