package io.mcpwarden.runtime.tools;

/**
 * The behaviour hints of a tool ({@code ToolAnnotations} in the MCP schema).
 */
public record ToolHints(boolean readOnly, boolean destructive, boolean idempotent, boolean openWorld) {
}
