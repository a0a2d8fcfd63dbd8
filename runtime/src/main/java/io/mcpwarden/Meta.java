package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * One entry of the {@code _meta} object of a {@link Tool}, {@link Prompt}, {@link Resource} or
 * {@link ResourceTemplate} descriptor (put it on the same method; repeat it for several keys). Clients and extensions
 * read {@code _meta}; the model does not.
 *
 * <pre>
 * {@code
 * &#64;Tool(description = "Finds an order")
 * &#64;Meta(key = "com.example/team", value = "orders")
 * &#64;Meta(key = "com.example/cost", value = "3")
 * Order findOrder(String id) { ... }
 * }
 * </pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/index#meta">_meta</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Meta.List.class)
public @interface Meta {

    /**
     * The key, optionally prefixed with a reverse-DNS name and {@code /} ({@code com.example/team}). Prefixes whose
     * second label is {@code modelcontextprotocol} or {@code mcp} are reserved by MCP and fail the build.
     */
    String key();

    /**
     * The value as a JSON literal ({@code 3}, {@code true}, {@code {"a":1}}); text that is not JSON is sent as a
     * string.
     */
    String value();

    /**
     * Holds repeated {@link Meta}s.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Meta[] value();
    }
}
