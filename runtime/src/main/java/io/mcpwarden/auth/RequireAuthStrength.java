package io.mcpwarden.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How strongly, and how recently, the user must have authenticated to call a tool (RFC 9470 step-up
 * authentication). A caller who falls short gets HTTP 401 with
 * {@code WWW-Authenticate: Bearer error="insufficient_user_authentication", acr_values="...", max_age=...}, which
 * tells the client to send the user through a stronger or fresher login. The tool stays listed, since the caller can
 * step up.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9470">RFC 9470</a>
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
public @interface RequireAuthStrength {

    /**
     * Acceptable {@code acr} values (authentication context classes); empty accepts any.
     */
    String[] acr() default {};

    /**
     * The longest time since the user authenticated ({@code auth_time} claim), in seconds; negative means no limit.
     */
    long maxAgeSeconds() default -1;
}
