package io.mcpwarden;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The parameters of a {@code sampling/createMessage} request: the conversation (text messages), the token limit and
 * optional preferences. Build one with {@link #builder()}.
 *
 * @param messages the conversation, oldest first
 * @param maxTokens the most tokens the client's model may produce
 * @param systemPrompt a system prompt the client may use, or null
 * @param temperature the sampling temperature, or null
 * @param stopSequences sequences that end generation (may be empty)
 * @param modelHints model names or families the server would like, in order of preference (may be empty)
 */
public record SamplingRequest(List<Message> messages, int maxTokens, String systemPrompt, Double temperature,
        List<String> stopSequences, List<String> modelHints) {

    public SamplingRequest {
        messages = List.copyOf(messages);
        stopSequences = List.copyOf(stopSequences);
        modelHints = List.copyOf(modelHints);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("A sampling request needs at least one message");
        }
        if (maxTokens < 1) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
    }

    /**
     * One text message of the conversation.
     *
     * @param role {@code user} or {@code assistant}
     */
    public record Message(String role, String text) {
        public Message {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(text, "text");
            if (!role.equals("user") && !role.equals("assistant")) {
                throw new IllegalArgumentException("role must be user or assistant");
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private final List<Message> messages = new ArrayList<>();
        private final List<String> stopSequences = new ArrayList<>();
        private final List<String> modelHints = new ArrayList<>();
        private int maxTokens = 1000;
        private String systemPrompt;
        private Double temperature;

        private Builder() {
        }

        public Builder user(String text) {
            messages.add(new Message("user", text));
            return this;
        }

        public Builder assistant(String text) {
            messages.add(new Message("assistant", text));
            return this;
        }

        /** Default 1000. */
        public Builder maxTokens(int maxTokens) {
            this.maxTokens = maxTokens;
            return this;
        }

        public Builder systemPrompt(String systemPrompt) {
            this.systemPrompt = systemPrompt;
            return this;
        }

        public Builder temperature(double temperature) {
            this.temperature = temperature;
            return this;
        }

        public Builder stopSequence(String sequence) {
            stopSequences.add(sequence);
            return this;
        }

        public Builder modelHint(String name) {
            modelHints.add(name);
            return this;
        }

        public SamplingRequest build() {
            return new SamplingRequest(messages, maxTokens, systemPrompt, temperature, stopSequences, modelHints);
        }
    }
}
