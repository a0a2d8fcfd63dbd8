package io.mcpwarden.test;

import java.lang.reflect.AnnotatedElement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Resolves {@link McpTestClient} parameters of tests that declare a {@link McpCaller}: a signed token for that caller
 * and, unless told otherwise, an initialized session. Registered by the annotation itself.
 */
public final class McpCallerExtension implements ParameterResolver {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == McpTestClient.class && callerFor(parameter, context).isPresent();
    }

    @Override
    public McpTestClient resolveParameter(ParameterContext parameter, ExtensionContext context) {
        McpCaller caller = callerFor(parameter, context).orElseThrow();
        McpTestClient client = caller.anonymous() ? McpTestClient.anonymous() : McpTestClient.as(token(caller));
        return caller.initialize() ? client.initialize() : client;
    }

    private static Optional<McpCaller> callerFor(ParameterContext parameter, ExtensionContext context) {
        Optional<McpCaller> onParameter = parameter.findAnnotation(McpCaller.class);
        if (onParameter.isPresent()) {
            return onParameter;
        }
        Optional<McpCaller> onMethod = context.getTestMethod().flatMap(McpCallerExtension::find);
        return onMethod.isPresent() ? onMethod : context.getTestClass().flatMap(McpCallerExtension::find);
    }

    private static Optional<McpCaller> find(AnnotatedElement element) {
        return AnnotationSupport.findAnnotation(element, McpCaller.class);
    }

    /**
     * The signed token for this caller.
     */
    static String token(McpCaller caller) {
        TestTokenBuilder token = TestTokens.token()
                .subject(caller.subject())
                .clientId(caller.clientId())
                .scopes(caller.scopes())
                .expiresIn(Duration.ofSeconds(caller.expiresInSeconds()));
        if (caller.audience().length > 0) {
            token.audience(caller.audience());
        }
        if (!caller.acr().isEmpty()) {
            token.acr(caller.acr());
        }
        if (caller.authenticatedSecondsAgo() >= 0) {
            token.authTime(Instant.now().minusSeconds(caller.authenticatedSecondsAgo()));
        }
        for (McpCaller.Claim claim : caller.claims()) {
            token.claim(claim.name(), claimValue(claim));
        }
        return token.sign();
    }

    private static Object claimValue(McpCaller.Claim claim) {
        boolean hasValue = !claim.value().isEmpty();
        boolean hasJson = !claim.json().isEmpty();
        if (hasValue == hasJson) {
            throw new ParameterResolutionException("@McpCaller.Claim \"" + claim.name()
                    + "\" needs exactly one of value (a string) and json (a JSON value)");
        }
        if (hasValue) {
            return claim.value();
        }
        try {
            return JSON.readValue(claim.json(), Object.class);
        } catch (JsonProcessingException e) {
            throw new ParameterResolutionException("@McpCaller.Claim \"" + claim.name() + "\" has json that is not "
                    + "valid JSON: " + claim.json());
        }
    }
}
