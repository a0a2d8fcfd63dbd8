package io.mcpwarden.runtime.tools;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.Content;
import io.mcpwarden.ToolResult;

/**
 * Turns what a tool method returned into a {@code CallToolResult} object.
 */
public final class ToolResultEncoder {

    private final ObjectMapper mapper;

    public ToolResultEncoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Encodes a successful return value according to the tool's build-time result kind.
     *
     * @throws IllegalStateException when the value cannot be encoded (the caller reports a generic tool failure)
     */
    public ObjectNode encode(ResultKind kind, Object value) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ArrayNode content = result.putArray("content");
        if (value == null) {
            if (kind == ResultKind.STRUCTURED) {
                throw new IllegalStateException("A tool with structured output returned null");
            }
            return result;
        }
        switch (kind) {
            case TEXT -> content.addObject().put("type", "text").put("text", value.toString());
            case CONTENT -> ContentEncoder.append(content, (Content) value);
            case CONTENT_LIST -> {
                for (Object item : (List<?>) value) {
                    ContentEncoder.append(content, (Content) item);
                }
            }
            case TOOL_RESULT -> encodeToolResult((ToolResult) value, result, content);
            case STRUCTURED -> encodeStructured(value, result, content);
            case VOID -> {
            }
        }
        return result;
    }

    /**
     * A result with {@code isError: true} and one text block.
     */
    public static ObjectNode error(String message) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.putArray("content").addObject().put("type", "text").put("text", message);
        result.put("isError", true);
        return result;
    }

    private void encodeToolResult(ToolResult toolResult, ObjectNode result, ArrayNode content) {
        for (Content block : toolResult.content()) {
            ContentEncoder.append(content, block);
        }
        if (toolResult.structuredContent() != null) {
            result.set("structuredContent", mapper.valueToTree(toolResult.structuredContent()));
        }
        if (toolResult.isError()) {
            result.put("isError", true);
        }
    }

    private void encodeStructured(Object value, ObjectNode result, ArrayNode content) {
        JsonNode structured = mapper.valueToTree(value);
        if (!structured.isObject()) {
            throw new IllegalStateException("Structured tool output must serialize to a JSON object");
        }
        try {
            content.addObject().put("type", "text").put("text", mapper.writeValueAsString(structured));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Structured tool output could not be written", e);
        }
        result.set("structuredContent", structured);
    }
}
