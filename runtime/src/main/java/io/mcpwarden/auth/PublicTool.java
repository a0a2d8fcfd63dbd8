package io.mcpwarden.auth;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a tool that anyone may call, without a token. Tools are never public by default: without this annotation a
 * tool needs at least an authenticated caller. Scopes required at class level do not apply to a public tool; a method
 * that is public and requires scopes itself is a contradiction and fails the build.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface PublicTool {
}
