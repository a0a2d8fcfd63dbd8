package io.mcpwarden;

/**
 * One block of tool output or of a prompt message ({@link PromptMessage}), as defined by the MCP schema's
 * {@code ContentBlock}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools#tool-result">Tool result</a>
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts#promptmessage">
 *      PromptMessage</a>
 */
public sealed interface Content permits TextContent, ImageContent, AudioContent, EmbeddedResource, ResourceLink {

    /**
     * A text block.
     */
    static TextContent text(String text) {
        return new TextContent(text);
    }
}
