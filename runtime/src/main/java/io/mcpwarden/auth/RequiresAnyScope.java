package io.mcpwarden.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * OAuth scopes of which a caller must hold AT LEAST ONE to see and call a tool. Combines with {@link RequiresScopes}
 * (both must pass). On a 403 challenge, the first scope listed is the one the client is asked to obtain.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequiresAnyScope {

    /**
     * The alternatives, in order of preference.
     */
    String[] value();
}
