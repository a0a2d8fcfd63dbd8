package io.mcpwarden;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Exposes a method of a CDI bean as a family of MCP resources described by an RFC 6570 URI template: it appears in
 * {@code resources/templates/list}, and a {@code resources/read} of a URI that matches the template calls the method
 * with the values of the template variables.
 * <p>
 * Only level 1 templates are supported: simple expressions {@code {name}}, for instance
 * {@code orders://{customer}/orders/{id}}. A variable matches one or more characters other than {@code / ? #} and its
 * value is percent-decoded before binding. When a URI matches both a {@link Resource} and a template, the
 * {@link Resource} wins; when it matches several templates, the one whose template is first in alphabetical order wins.
 * <p>
 * The declaring class becomes a {@code @Singleton} bean when it has no scope annotation. The method must not be
 * private or static.
 * <p>
 * Accepted parameters: one {@code String} parameter per template variable, with the same name as the variable (the
 * application must be compiled with {@code -parameters}, as Quarkus projects are), and optionally one parameter of
 * type {@link io.mcpwarden.auth.Caller}. Every variable needs a parameter and every {@code String} parameter a
 * variable; the build fails otherwise.
 * <p>
 * Accepted return types, threading, errors and access control are those of {@link Resource}. Returning {@code null}
 * answers {@code -32002 Resource not found}: the way to say that a URI matches the template but names nothing.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/server/resources#resource-templates">MCP
 *      resource templates</a>
 * @see <a href="https://www.rfc-editor.org/rfc/rfc6570#section-1.2">RFC 6570 level 1 templates</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ResourceTemplate {

    /**
     * The RFC 6570 level 1 URI template, for instance {@code file:///logs/{date}.log}. Unique among the templates of
     * the application.
     */
    String uriTemplate();

    /**
     * The name of the template; defaults to the method name.
     */
    String name() default "";

    /**
     * A short human-readable title for user interfaces.
     */
    String title() default "";

    /**
     * What the resources of this template contain.
     */
    String description() default "";

    /**
     * The media type of all resources of this template, if they share one; sent in {@code resources/templates/list}
     * and with contents returned as {@code String} or {@code byte[]}.
     */
    String mimeType() default "";
}
