package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes a parameter of a {@link Tool} method: its argument name, description, whether it is required, and its
 * default. Parameters without this annotation are required arguments named after the Java parameter (compile with
 * {@code -parameters}).
 * <p>
 * Bean Validation constraints on the parameter ({@code @NotBlank}, {@code @Size}, {@code @Min}, {@code @Pattern},
 * ...) are reflected in the generated input schema and enforced on every call; a violation comes back to the client
 * as a tool result with {@code isError: true} that names the argument and the rule.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ToolArg {

    /**
     * Marks the absence of a default value.
     */
    String NO_DEFAULT = "<<io.mcpwarden.ToolArg.NO_DEFAULT>>";

    /**
     * The argument name; defaults to the Java parameter name.
     */
    String name() default "";

    /**
     * What the argument means, written for the model.
     */
    String description() default "";

    /**
     * Whether the client must send this argument. Ignored (always optional) for {@code Optional} parameters and for
     * parameters with a {@link #defaultValue()}.
     */
    boolean required() default true;

    /**
     * The value used when the argument is absent. For {@code String} parameters, the text itself; for every other type,
     * a JSON literal ({@code 10}, {@code true}, {@code ["a"]}), where a bare word that is not JSON ({@code PENDING},
     * {@code 2025-01-01}) stands for that string. Checked at build time.
     */
    String defaultValue() default NO_DEFAULT;

    /**
     * Mirrors the argument into an HTTP header, so that gateways and load balancers can route on it without reading
     * the body (the {@code x-mcp-header} of the 2026-07-28 revision): with {@code header = "Region"}, the input schema
     * marks the property {@code "x-mcp-header": "Region"}, a client sends the value as {@code Mcp-Param-Region}, and
     * in the 2026-07-28 era the server refuses a call whose header is missing or differs from the argument (400,
     * -32020 HeaderMismatch). Allowed on {@code String}, {@code boolean} and integer parameters; the name is an HTTP
     * token, unique (ignoring case) within the tool. Never mark a secret or personal value: headers are visible to
     * every intermediary.
     */
    String header() default "";
}
