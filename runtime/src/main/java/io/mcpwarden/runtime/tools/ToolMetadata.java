package io.mcpwarden.runtime.tools;

import java.util.List;

import io.mcpwarden.TaskSupport;

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
 * @param tasks whether calls run as tasks
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
        String decorations,
        TaskSupport tasks) {

    /**
     * Whether the method declares a {@link io.mcpwarden.TaskStart} parameter, and so begins its task itself.
     */
    public boolean beginsTaskItself() {
        return parameters.stream().anyMatch(parameter -> parameter.source() == ParameterSource.EXCHANGE
                && parameter.javaType().equals(io.mcpwarden.TaskStart.class.getName()));
    }
}
