package io.mcpwarden.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OAuth scopes a caller must hold, ALL of them, to see and call a tool. On a class, it applies to every tool of the
 * class; on a method, its scopes are added to the class's. Scope hierarchies from configuration
 * ({@code quarkus.warden.scopes."admin".implies=orders:read}) are honoured: a broader granted scope satisfies the
 * narrower ones it implies.
 * <p>
 * Every scope must be declared in configuration ({@code quarkus.warden.scopes."orders:read".description=...}); the
 * build fails on an undeclared scope. A caller lacking a scope gets HTTP 403 with
 * {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="..."} naming the scopes to ask for.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/authorization#scope-challenge-handling">
 *      Scope challenge handling</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresScopes {

    /**
     * The scopes, all required.
     */
    String[] value();
}
