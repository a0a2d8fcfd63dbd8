package io.mcpwarden.runtime.prompts;

import java.util.List;

import io.mcpwarden.runtime.tools.ExecutionModel;

/**
 * Everything known about one prompt at build time.
 *
 * @param name the prompt name clients ask for
 * @param title a human-readable title, or null
 * @param description the description, or null
 * @param parameters the method parameters, in order
 * @param resultKind how the return value becomes a {@code GetPromptResult}
 * @param async whether the method returns a {@code CompletionStage} (after {@code Uni} is adapted)
 * @param executionModel the thread the method runs on
 * @param requiredScopes scopes the caller must all hold (empty: none)
 * @param anyOfScopes scopes of which the caller must hold one (empty: no such rule)
 * @param declaringMethod {@code com.acme.Prompts#review()}, for logs
 * @param decorations {@code icons} and {@code _meta} as a JSON object, or null
 */
public record PromptMetadata(
        String name,
        String title,
        String description,
        List<PromptParameter> parameters,
        PromptResultKind resultKind,
        boolean async,
        ExecutionModel executionModel,
        List<String> requiredScopes,
        List<String> anyOfScopes,
        String declaringMethod,
        String decorations) {
}
