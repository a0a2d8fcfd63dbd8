package io.mcpwarden.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A condition on a claim of the caller's token. Repeat it to require several; all must hold. On a class it applies to
 * every tool of the class, in addition to the method's own.
 * <ul>
 * <li>{@code @RequireClaim(name = "email_verified")}: the claim is present (and not {@code false});</li>
 * <li>{@code @RequireClaim(name = "org_role", anyOf = {"admin", "support"})}: the claim equals one of the values, or,
 * for an array claim, contains one of them;</li>
 * <li>{@code @RequireClaim(name = "realm_access.roles", containsAll = {"agent", "billing"})}: the array claim contains
 * every value.</li>
 * </ul>
 * Names may be dotted paths into nested objects ({@code realm_access.roles}). Values are compared as text. A caller
 * who fails a claim condition does not see the tool in {@code tools/list}, and calling it gives HTTP 403.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Repeatable(RequireClaim.List.class)
public @interface RequireClaim {

    /**
     * The claim name or dotted path.
     */
    String name();

    /**
     * Accepted values: the claim (or one element of an array claim) must equal one of them.
     */
    String[] anyOf() default {};

    /**
     * Required elements: the array claim must contain all of them.
     */
    String[] containsAll() default {};

    /**
     * Holds repeated {@link RequireClaim} annotations.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ ElementType.TYPE, ElementType.METHOD })
    @interface List {
        RequireClaim[] value();
    }
}
