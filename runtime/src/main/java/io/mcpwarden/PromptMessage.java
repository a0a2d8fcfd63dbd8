package io.mcpwarden;

import java.util.Objects;

/**
 * One message of a prompt: who speaks, and what. The content may be any {@link Content}: text, an image, audio, an
 * embedded resource or a resource link.
 *
 * @param role the speaker
 * @param content the message content, never null
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts#promptmessage">
 *      PromptMessage</a>
 */
public record PromptMessage(Role role, Content content) {

    /**
     * The speaker of a prompt message.
     */
    public enum Role {
        /** Sent as {@code "user"}. */
        USER,
        /** Sent as {@code "assistant"}. */
        ASSISTANT;

        /**
         * The role as written on the wire.
         */
        public String wireName() {
            return this == USER ? "user" : "assistant";
        }
    }

    public PromptMessage {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(content, "content");
    }

    /**
     * A user message with one text block.
     */
    public static PromptMessage user(String text) {
        return new PromptMessage(Role.USER, new TextContent(text));
    }

    /**
     * A user message with the given content.
     */
    public static PromptMessage user(Content content) {
        return new PromptMessage(Role.USER, content);
    }

    /**
     * An assistant message with one text block.
     */
    public static PromptMessage assistant(String text) {
        return new PromptMessage(Role.ASSISTANT, new TextContent(text));
    }

    /**
     * An assistant message with the given content.
     */
    public static PromptMessage assistant(Content content) {
        return new PromptMessage(Role.ASSISTANT, content);
    }
}
