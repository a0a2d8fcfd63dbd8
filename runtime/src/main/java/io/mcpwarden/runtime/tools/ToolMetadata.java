package io.mcpwarden.runtime.tools;

import java.util.List;

/**
 * Everything known about one tool at build time. The schemas are already rendered JSON: no schema work happens at
 * run time.
 *
 * @param name the tool name clients call
 * @param title a human-readable title, or null
 * @param description the description for the model, or null
 * @param hints the behaviour hints
 * @param inputSchema the JSON Schema (2020-12) of the arguments, as JSON text
 * @param outputSchema the JSON Schema of {@code structuredContent}, as JSON text, or null
 * @param parameters the arguments, in method parameter order
 * @param resultKind how the return value becomes a result
 * @param async whether the method returns a {@code CompletionStage} (after {@code Uni} is adapted)
 * @param executionModel the thread the method runs on
 * @param declaringMethod {@code com.acme.Tools#cancel()}, for logs
 * @param decorations {@code icons} and {@code _meta} as a JSON object, or null
 */
public record ToolMetadata(
        String name,
        String title,
        String description,
        ToolHints hints,
        String inputSchema,
        String outputSchema,
        List<ToolParameter> parameters,
        ResultKind resultKind,
        boolean async,
        ExecutionModel executionModel,
        String declaringMethod,
        String decorations) {
}
