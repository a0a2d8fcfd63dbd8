package io.mcpwarden.runtime.tools;

/**
 * How a tool method's return value becomes a tool result; decided at build time from the declared return type.
 */
public enum ResultKind {
    /** {@code String}, a primitive or a box: one text block. */
    TEXT,
    /** A single {@link io.mcpwarden.Content}. */
    CONTENT,
    /** {@code List<Content>}. */
    CONTENT_LIST,
    /** {@link io.mcpwarden.ToolResult}, sent as it is. */
    TOOL_RESULT,
    /** A record or class: {@code structuredContent} plus a text block with the same JSON. */
    STRUCTURED,
    /** {@code void}: an empty result. */
    VOID
}
