package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a method of a CDI bean as an MCP resource with a fixed URI: it appears in {@code resources/list}, and a
 * {@code resources/read} of {@link #uri()} calls the method.
 * <p>
 * The declaring class becomes a {@code @Singleton} bean when it has no scope annotation. The method must not be
 * private or static.
 * <p>
 * Accepted parameters: none, or one of type {@link io.mcpwarden.auth.Caller}, which receives the identity of the
 * caller. (Parameters bound from the URI need a {@link ResourceTemplate}.)
 * <p>
 * Accepted return types:
 * <ul>
 * <li>{@code String}: one text contents item with the read URI and {@link #mimeType()};</li>
 * <li>{@code byte[]}: one binary contents item (sent base64-encoded as {@code blob}) with the read URI and
 * {@link #mimeType()};</li>
 * <li>{@link ResourceContents} or {@code List<ResourceContents>}: those contents, as they are (a resource may return
 * several items, for instance the files of a directory);</li>
 * <li>{@code io.smallrye.mutiny.Uni<T>} or {@code CompletionStage<T>} of any of the above, for asynchronous reads.</li>
 * </ul>
 * Returning {@code null} answers the read with the JSON-RPC error {@code -32002 Resource not found}.
 * <p>
 * Threading is as for {@link Tool}: methods returning {@code Uni} or {@code CompletionStage} run on the event loop, all
 * others on a worker thread; {@code @Blocking}, {@code @NonBlocking} and {@code @RunOnVirtualThread} override that.
 * <p>
 * Errors: any exception thrown by the method is logged and answered with the JSON-RPC error {@code -32603}, whose
 * message names the URI but never the exception.
 * <p>
 * Access control: when authentication is on, a resource needs an authenticated caller, plus the scopes of
 * {@link io.mcpwarden.auth.RequiresScopes} and {@link io.mcpwarden.auth.RequiresAnyScope} on the method or its class.
 * The other access annotations ({@code @PublicTool}, {@code @RequireClaim}, {@code @RequireAuthStrength},
 * {@code @Authorize}) are not supported on resources yet and fail the build.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources">MCP resources</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resource {

    /**
     * The absolute URI of the resource (RFC 3986, with a scheme), for instance {@code file:///docs/readme.md} or
     * {@code orders://catalog}. Unique among the resources of the application.
     */
    String uri();

    /**
     * The name of the resource; defaults to the method name.
     */
    String name() default "";

    /**
     * A short human-readable title for user interfaces.
     */
    String title() default "";

    /**
     * What the resource contains, written for the model or user deciding whether to read it.
     */
    String description() default "";

    /**
     * The media type of the contents, for instance {@code text/markdown}; sent in {@code resources/list} and with
     * contents returned as {@code String} or {@code byte[]}.
     */
    String mimeType() default "";
}
