package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An icon a client may show for a {@link Tool}, {@link Prompt}, {@link Resource} or {@link ResourceTemplate} (put it
 * on the same method; repeat it for several sizes or themes). The build fails when {@link #src()} is not an
 * {@code https:} or {@code data:} URI, which are the only ones clients should load.
 *
 * <pre>
 * {@code
 * &#64;Tool(description = "Finds an order")
 * &#64;Icon(src = "https://cdn.example.com/order-48.png", mimeType = "image/png", sizes = "48x48")
 * Order findOrder(String id) { ... }
 * }
 * </pre>
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/index#icons">Icons</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Repeatable(Icon.List.class)
public @interface Icon {

    /**
     * The icon's URL: {@code https://...} or a {@code data:} URI.
     */
    String src();

    /**
     * Its media type, for instance {@code image/png} or {@code image/svg+xml}; empty when unknown.
     */
    String mimeType() default "";

    /**
     * The sizes it suits, as {@code WIDTHxHEIGHT} (for instance {@code 48x48}) or {@code any} for scalable images.
     */
    String[] sizes() default {};

    /**
     * {@code light} or {@code dark} when the icon is meant for that background; empty for any.
     */
    String theme() default "";

    /**
     * Holds repeated {@link Icon}s.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface List {
        Icon[] value();
    }
}
