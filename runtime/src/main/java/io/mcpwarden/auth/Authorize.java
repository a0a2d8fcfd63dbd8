package io.mcpwarden.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An argument-aware rule for a tool: the named CDI bean decides, for each call, with the caller and the bound
 * arguments in hand ("the order must belong to the caller's organisation"). It runs after the static rules (scopes,
 * claims, authentication strength) have passed and the arguments are bound and validated, on the thread the tool
 * runs on, in the call's request context. A denial answers the call with HTTP 403 and the reason; an exception in the
 * rule denies too (fails closed).
 * <p>
 * The class must be a CDI bean implementing {@link ToolAuthorizer}; the build fails otherwise. Because the decision
 * depends on arguments, the tool stays listed in {@code tools/list} whenever its static rules pass.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface Authorize {

    /**
     * The bean that decides.
     */
    Class<? extends ToolAuthorizer> value();
}
