package io.mcpwarden;

import java.util.List;
import java.util.Objects;

/**
 * The complete answer to {@code prompts/get}, for prompts that set the description per call.
 *
 * @param description a description of this rendering of the prompt, or null for the {@link Prompt#description()}
 * @param messages the messages, in order, never null
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts#getting-a-prompt">Getting a
 *      prompt</a>
 */
public record PromptResult(String description, List<PromptMessage> messages) {

    public PromptResult {
        messages = List.copyOf(Objects.requireNonNull(messages, "messages"));
    }

    /**
     * A result with the given messages and the prompt's own description.
     */
    public static PromptResult of(PromptMessage... messages) {
        return new PromptResult(null, List.of(messages));
    }
}
