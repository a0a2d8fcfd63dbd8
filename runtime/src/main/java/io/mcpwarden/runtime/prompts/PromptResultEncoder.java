package io.mcpwarden.runtime.prompts;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.PromptMessage;
import io.mcpwarden.PromptResult;
import io.mcpwarden.runtime.tools.ContentEncoder;

/**
 * Turns what a prompt method returned into a {@code GetPromptResult} object.
 */
final class PromptResultEncoder {

    private PromptResultEncoder() {
    }

    /**
     * Encodes a return value according to the prompt's build-time result kind.
     *
     * @throws IllegalStateException when the value cannot be encoded (the caller reports a generic failure)
     */
    static ObjectNode encode(PromptMetadata prompt, Object value) {
        if (value == null) {
            throw new IllegalStateException("The prompt method returned null");
        }
        String description = prompt.description();
        List<?> messages = switch (prompt.resultKind()) {
            case TEXT -> List.of(PromptMessage.user(value.toString()));
            case MESSAGE -> List.of(value);
            case MESSAGE_LIST -> (List<?>) value;
            case PROMPT_RESULT -> {
                PromptResult result = (PromptResult) value;
                if (result.description() != null) {
                    description = result.description();
                }
                yield result.messages();
            }
        };
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        if (description != null) {
            result.put("description", description);
        }
        ArrayNode encoded = result.putArray("messages");
        for (Object item : messages) {
            if (!(item instanceof PromptMessage message)) {
                throw new IllegalStateException("The prompt method returned a list with a null message");
            }
            ObjectNode entry = encoded.addObject();
            entry.put("role", message.role().wireName());
            entry.set("content", ContentEncoder.encode(message.content()));
        }
        return result;
    }
}
