package io.mcpwarden.runtime.prompts;

/**
 * How a prompt method's return value becomes a {@code GetPromptResult}; decided at build time from the declared
 * return type.
 */
public enum PromptResultKind {
    /** {@code String}: one user text message. */
    TEXT,
    /** One {@link io.mcpwarden.PromptMessage}. */
    MESSAGE,
    /** {@code List<PromptMessage>}. */
    MESSAGE_LIST,
    /** {@link io.mcpwarden.PromptResult}, sent as it is. */
    PROMPT_RESULT
}
