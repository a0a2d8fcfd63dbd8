package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a method of a CDI bean as an MCP prompt: a message template that a user picks (for instance as a slash
 * command) and that the client fetches with {@code prompts/get}.
 * <p>
 * The declaring class becomes a {@code @Singleton} bean when it has no scope annotation. The method must not be
 * private or static.
 * <p>
 * Accepted parameter types (prompt arguments are strings in MCP, see {@link PromptArg}):
 * <ul>
 * <li>{@code String}: a required argument, unless {@link PromptArg#required()} says otherwise (then {@code null}
 * when absent);</li>
 * <li>{@code Optional<String>}: an optional argument;</li>
 * <li>{@link io.mcpwarden.auth.Caller}: not an argument; receives the identity of the caller.</li>
 * </ul>
 * Accepted return types:
 * <ul>
 * <li>{@code String}: one {@code user} message with that text;</li>
 * <li>{@link PromptMessage}: that message;</li>
 * <li>{@code List<PromptMessage>}: those messages, in order;</li>
 * <li>{@link PromptResult}: its description and messages;</li>
 * <li>{@code io.smallrye.mutiny.Uni<T>} or {@code CompletionStage<T>} of any of the above.</li>
 * </ul>
 * When the method does not return a {@link PromptResult} with a description, the result carries
 * {@link #description()}.
 * <p>
 * Methods that return {@code Uni} or {@code CompletionStage} run on the event loop; all others run on a worker thread.
 * {@code @Blocking}, {@code @NonBlocking} and {@code @RunOnVirtualThread} (from {@code io.smallrye.common.annotation})
 * override that choice.
 * <p>
 * Errors: an unknown prompt name or a missing required argument is answered with the JSON-RPC error {@code -32602}
 * (invalid params) before the method runs. An exception thrown by the method is logged and answered with
 * {@code -32603} (internal error) and a generic message: its details never reach the client.
 * <p>
 * Access: when authentication is on, prompts need an authenticated caller, plus the scopes declared with
 * {@link io.mcpwarden.auth.RequiresScopes} and {@link io.mcpwarden.auth.RequiresAnyScope} on the method or its
 * class.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts">MCP prompts</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prompt {

    /**
     * The prompt name clients ask for; defaults to the method name. 1 to 128 characters from
     * {@code A-Z a-z 0-9 _ - .}.
     */
    String name() default "";

    /**
     * A short human-readable title for user interfaces.
     */
    String title() default "";

    /**
     * What the prompt is for, written for the user who picks it.
     */
    String description() default "";
}
