package io.mcpwarden.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The caller a test speaks as. Put it on a test method (or its class, as the default for every method) and declare an
 * {@link McpTestClient} parameter: the parameter is a client for this caller, with a real token signed by the test
 * identity provider ({@link WardenTestIdentityProvider}), its session already initialized.
 *
 * <pre>
 * {@code
 * &#64;Test
 * @McpCaller(subject = "carol", scopes = "orders:read")
 * void readerSeesOnlyTheReadingTools(McpTestClient reader) {
 *     assertThat(reader.listTools()).containsExactly("find_order", "list_orders");
 * }
 * }
 * </pre>
 *
 * Placed on a parameter, it describes that parameter's caller, so one test can speak as several:
 *
 * <pre>{@code
 * &#64;Test
 * void onlyTheWriterCancels(@McpCaller(scopes = "orders:read") McpTestClient reader,
 *         &#64;McpCaller(scopes = {"orders:read", "orders:write"}) McpTestClient writer) { ... }
 * }
 * </pre>
 *
 * A parameter's annotation wins over the method's, the method's over the class's. Every client gets its own token
 * and session.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD, ElementType.PARAMETER })
@ExtendWith(McpCallerExtension.class)
public @interface McpCaller {

    /**
     * The {@code sub} claim.
     */
    String subject() default "alice";

    /**
     * The {@code client_id} claim: the OAuth client the token was issued to.
     */
    String clientId() default "test-client";

    /**
     * The granted scopes (the {@code scope} claim, space-separated in the token). None by default.
     */
    String[] scopes() default {};

    /**
     * Further claims, for tools with claim conditions.
     */
    Claim[] claims() default {};

    /**
     * The {@code aud} claim. Empty (the default): the resource URI the application under test was given, which is what
     * it requires.
     */
    String[] audience() default {};

    /**
     * The {@code acr} claim, for {@code @RequireAuthStrength(acr = ...)}. Empty: no {@code acr} claim.
     */
    String acr() default "";

    /**
     * How long ago the user logged in ({@code auth_time} = now minus this), for
     * {@code @RequireAuthStrength(maxAgeSeconds = ...)}. Negative (the default): no {@code auth_time} claim.
     */
    long authenticatedSecondsAgo() default -1;

    /**
     * The token's lifetime in seconds.
     */
    long expiresInSeconds() default 300;

    /**
     * No token at all: the client sends no {@code Authorization} header. The other attributes are then ignored.
     */
    boolean anonymous() default false;

    /**
     * Whether the client opens its session ({@code initialize} + {@code notifications/initialized}, which must
     * succeed) before the test gets it. Set {@code false} to test a refused {@code initialize} with
     * {@link McpTestClient#attemptInitialize()}.
     */
    boolean initialize() default true;

    /**
     * One claim of the caller's token. Set exactly one of {@link #value()} (the claim is that string) and
     * {@link #json()} (the claim is that JSON value: a number, boolean, array or object).
     *
     * <pre>
     * {@code
     * &#64;McpCaller(scopes = "orders:read", claims = {
     *         &#64;McpCaller.Claim(name = "email", value = "carol@example.com"),
     *         &#64;McpCaller.Claim(name = "email_verified", json = "true"),
     *         &#64;McpCaller.Claim(name = "realm_access", json = "{\"roles\": [\"support\", \"pii\"]}") })
     * }
     * </pre>
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({})
    @interface Claim {

        /**
         * The claim's name.
         */
        String name();

        /**
         * The claim's value, as a string.
         */
        String value() default "";

        /**
         * The claim's value, as JSON text.
         */
        String json() default "";
    }
}
