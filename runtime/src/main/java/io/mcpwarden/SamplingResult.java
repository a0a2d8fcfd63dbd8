package io.mcpwarden;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the client's model produced for a {@code sampling/createMessage} request.
 *
 * @param role the role of the produced message, normally {@code assistant}
 * @param content the content block as the client sent it ({@code text}, {@code image} or {@code audio})
 * @param model the name of the model that produced it
 * @param stopReason why generation stopped ({@code endTurn}, {@code stopSequence}, {@code maxTokens}...), or null
 */
public record SamplingResult(String role, JsonNode content, String model, String stopReason) {

    /**
     * The text of a {@code text} content block, or null for other content.
     */
    public String text() {
        return content != null && "text".equals(content.path("type").asText()) ? content.path("text").asText()
                : null;
    }
}
