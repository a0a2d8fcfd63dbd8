package io.mcpwarden;

import java.util.List;
import java.util.Map;

/**
 * Suggests values for one prompt argument or one resource-template variable, answering {@code completion/complete}.
 * Implement it in a CDI bean (the class becomes a {@code @Singleton} bean when it has no scope annotation); the
 * server checks at startup that {@link #ref()} names an existing prompt argument or template variable, and that no
 * two providers complete the same one.
 * <p>
 * The provider runs on a worker thread, in a request context in which the {@link io.mcpwarden.auth.Caller} is
 * injectable, and only for callers who may get the prompt or read the template. Return the candidates that match the
 * current value, best first: the server sends the first 100 with the total count and {@code hasMore}.
 *
 * <pre>{@code
 * @Singleton
 * class LanguageCompletion implements CompletionProvider {
 *     public CompletionRef ref() {
 *         return CompletionRef.promptArgument("code_review", "language");
 *     }
 *
 *     public List<String> complete(String value, Map<String, String> context) {
 *         return Stream.of("java", "javascript", "kotlin").filter(l -> l.startsWith(value)).toList();
 *     }
 * }
 * }</pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/utilities/completion">Completion</a>
 */
public interface CompletionProvider {

    /**
     * What this provider completes.
     */
    CompletionRef ref();

    /**
     * @param value what the user typed so far (may be empty)
     * @param context the values of other arguments already chosen, by name (may be empty)
     */
    List<String> complete(String value, Map<String, String> context);
}
