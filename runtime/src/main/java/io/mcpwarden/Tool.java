package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a method of a CDI bean as an MCP tool.
 * <p>
 * The declaring class becomes a {@code @Singleton} bean when it has no scope annotation. The method must not be
 * private or static.
 * <p>
 * Accepted parameter types (each parameter is one tool argument, see {@link ToolArg}): primitives and their boxes,
 * {@code String}, enums, {@code java.time} types, {@code UUID}, {@code BigDecimal}, {@code BigInteger}, records and
 * classes with a public no-argument constructor, arrays, {@code List}, {@code Set} and {@code Collection} of accepted
 * types, {@code Map<String, T>} of an accepted type, and {@code Optional<T>} (never required). A parameter of type
 * {@link io.mcpwarden.auth.Caller} is not an argument: it receives the identity of the caller. Neither are
 * parameters of the types {@link McpLog}, {@link Progress}, {@link Cancellation}, {@link Sampling} and
 * {@link Elicitation}: they let the tool log to the client, report progress, notice a cancellation, and ask the
 * client's model or user while it runs; nor is {@link TaskStart}, for tools that run as tasks ({@link #tasks()}).
 * <p>
 * Accepted return types:
 * <ul>
 * <li>{@code String}, primitives and their boxes: one text content block;</li>
 * <li>{@link Content} (any subtype) or {@code List<Content>}: those content blocks;</li>
 * <li>{@link ToolResult}: sent as it is;</li>
 * <li>{@code void}: an empty result;</li>
 * <li>a record or class: {@code structuredContent}, described by a generated {@code outputSchema}, plus a text block
 * with the same JSON for clients that predate structured output;</li>
 * <li>{@code io.smallrye.mutiny.Uni<T>} or {@code CompletionStage<T>} of any of the above, for asynchronous tools.</li>
 * </ul>
 * Methods that return {@code Uni} or {@code CompletionStage} run on the event loop; all others run on a worker thread.
 * {@code @Blocking}, {@code @NonBlocking} and {@code @RunOnVirtualThread} (from {@code io.smallrye.common.annotation})
 * override that choice.
 * <p>
 * Errors: throw {@link ToolCallException} to return a tool result with {@code isError: true} and a message of your
 * choice; throw {@link ProtocolErrorException} to answer with a JSON-RPC error; any other exception becomes a generic
 * error result and is logged, never shown to the client.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/tools">MCP tools</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

    /**
     * The tool name clients call; defaults to the method name. 1 to 128 characters from {@code A-Z a-z 0-9 _ - .}.
     */
    String name() default "";

    /**
     * A short human-readable title for user interfaces.
     */
    String title() default "";

    /**
     * What the tool does, written for the model that decides when to call it.
     */
    String description() default "";

    /**
     * Hint: the tool does not modify its environment.
     */
    boolean readOnlyHint() default false;

    /**
     * Hint: the tool may perform destructive updates (meaningful only when {@link #readOnlyHint()} is false).
     */
    boolean destructiveHint() default true;

    /**
     * Hint: calling the tool again with the same arguments has no additional effect (meaningful only when
     * {@link #readOnlyHint()} is false).
     */
    boolean idempotentHint() default false;

    /**
     * Hint: the tool interacts with an open world of external entities.
     */
    boolean openWorldHint() default true;

    /**
     * Whether calls run as tasks (the tasks extension of MCP 2026-07-28): {@link TaskSupport#NONE} by default. A tool
     * that runs as a task answers at once with a task handle and works on; declare a {@link TaskStart} parameter to
     * ask the client for input before the task begins.
     */
    TaskSupport tasks() default TaskSupport.NONE;
}
