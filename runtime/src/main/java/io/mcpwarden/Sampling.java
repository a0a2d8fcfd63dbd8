package io.mcpwarden;

import java.util.concurrent.CompletionStage;

/**
 * Asks the client's language model for a completion ({@code sampling/createMessage}) from inside a tool. Declare a
 * parameter of this type on a {@link Tool} method; the server supplies it (it is not a tool argument).
 * <p>
 * The request goes to the client on the stream of the tool call; the stage completes when the client answers. It
 * fails with {@link ClientRequestException} when the client did not declare the {@code sampling} capability, answers
 * with an error, or does not answer within {@code quarkus.warden.client-requests.timeout}. Return the stage (or a
 * {@code Uni} built from it) from the tool, or wait for it on a worker or virtual thread; never block the event loop
 * on it.
 *
 * <pre>{@code
 * @Tool(description = "Summarizes a text with the client's model")
 * CompletionStage<String> summarize(String text, Sampling sampling) {
 *     return sampling.createMessage(SamplingRequest.builder().user("Summarize: " + text).maxTokens(200).build())
 *             .thenApply(SamplingResult::text);
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/sampling">Sampling</a>
 */
public interface Sampling {

    /**
     * Whether the client declared the {@code sampling} capability.
     */
    boolean supported();

    CompletionStage<SamplingResult> createMessage(SamplingRequest request);
}
