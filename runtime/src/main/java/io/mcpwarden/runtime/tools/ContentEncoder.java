package io.mcpwarden.runtime.tools;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.AudioContent;
import io.mcpwarden.Content;
import io.mcpwarden.EmbeddedResource;
import io.mcpwarden.ImageContent;
import io.mcpwarden.ResourceLink;
import io.mcpwarden.TextContent;

/**
 * Writes {@link Content} blocks in the MCP wire format, without reflection.
 */
public final class ContentEncoder {

    private ContentEncoder() {
    }

    static void append(ArrayNode target, Content content) {
        target.add(encode(content));
    }

    /**
     * One content block, for places that hold a single block (prompt messages).
     */
    public static ObjectNode encode(Content content) {
        ObjectNode block = JsonNodeFactory.instance.objectNode();
        if (content instanceof TextContent text) {
            block.put("type", "text");
            block.put("text", text.text());
        } else if (content instanceof ImageContent image) {
            block.put("type", "image");
            block.put("data", image.data());
            block.put("mimeType", image.mimeType());
        } else if (content instanceof AudioContent audio) {
            block.put("type", "audio");
            block.put("data", audio.data());
            block.put("mimeType", audio.mimeType());
        } else if (content instanceof EmbeddedResource resource) {
            block.put("type", "resource");
            ObjectNode contents = block.putObject("resource");
            contents.put("uri", resource.uri());
            putIfPresent(contents, "mimeType", resource.mimeType());
            putIfPresent(contents, "text", resource.text());
            putIfPresent(contents, "blob", resource.blob());
        } else if (content instanceof ResourceLink link) {
            block.put("type", "resource_link");
            block.put("uri", link.uri());
            block.put("name", link.name());
            putIfPresent(block, "description", link.description());
            putIfPresent(block, "mimeType", link.mimeType());
        }
        return block;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }
}
