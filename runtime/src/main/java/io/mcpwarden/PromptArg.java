package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of a {@link Prompt} method: its argument name, description and whether it is required.
 * Parameters without this annotation are required arguments named after the Java parameter (compile with
 * {@code -parameters}). The parameter must be a {@code String} or an {@code Optional<String>}: MCP prompt arguments
 * are strings.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/prompts#prompt">Prompt arguments</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PromptArg {

    /**
     * The argument name; defaults to the Java parameter name. 1 to 64 characters from {@code A-Z a-z 0-9 _ - .}.
     */
    String name() default "";

    /**
     * What the argument means, written for the user who fills it in.
     */
    String description() default "";

    /**
     * Whether the client must send this argument. Ignored (always optional) for {@code Optional<String>} parameters.
     */
    boolean required() default true;
}
