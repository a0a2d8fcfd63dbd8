package io.mcpwarden;

import java.util.Objects;

/**
 * A text content block.
 *
 * @param text the text, never null
 */
public record TextContent(String text) implements Content {

    public TextContent {
        Objects.requireNonNull(text, "text");
    }
}
