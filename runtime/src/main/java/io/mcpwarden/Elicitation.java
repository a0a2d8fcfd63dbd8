package io.mcpwarden;

import java.util.concurrent.CompletionStage;

/**
 * Asks the user, through the client, for information ({@code elicitation/create}) from inside a tool. Declare a
 * parameter of this type on a {@link Tool} method; the server supplies it (it is not a tool argument).
 * <p>
 * Form mode sends a flat schema ({@link ElicitationSchema}) that the client renders as a form; URL mode sends the
 * user to a web page (for data that must not pass through the client, such as credentials or payments). Both need
 * the client to have declared the matching {@code elicitation} capability; otherwise, and when the client answers
 * with an error or not in time, the stage fails with {@link ClientRequestException}. Never ask for secrets in form
 * mode.
 *
 * <pre>{@code
 * @Tool(description = "Books a table")
 * CompletionStage<String> book(Elicitation elicitation) {
 *     ElicitationSchema schema = ElicitationSchema.builder()
 *             .integer("guests", "Number of guests", 1, 12, 2, true)
 *             .build();
 *     return elicitation.form("How many guests?", schema).thenApply(answer -> answer.accepted()
 *             ? "Booked for " + answer.content().get("guests")
 *             : "Not booked");
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/client/elicitation">Elicitation</a>
 */
public interface Elicitation {

    /**
     * Whether the client accepts form-mode elicitation.
     */
    boolean supportsForm();

    /**
     * Whether the client accepts URL-mode elicitation (declared by 2025-11-25 clients as {@code elicitation.url}).
     */
    boolean supportsUrl();

    /**
     * Asks the user to fill in a form.
     */
    CompletionStage<ElicitationResult> form(String message, ElicitationSchema schema);

    /**
     * Asks the user to open a URL and complete an interaction there. The result says whether the user agreed to open
     * it ({@code accept}), not that the interaction is done; announce that with {@link UrlElicitations#complete}.
     *
     * @param elicitationId an id, unique in the session (and best unguessable), that the page's flow can correlate
     */
    CompletionStage<ElicitationResult> url(String message, String url, String elicitationId);
}
