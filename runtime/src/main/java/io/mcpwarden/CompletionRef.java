package io.mcpwarden;

import java.util.Objects;

/**
 * The prompt argument or resource-template variable a {@link CompletionProvider} completes.
 *
 * @param prompt whether it is a prompt argument ({@code ref/prompt}) rather than a template variable
 *        ({@code ref/resource})
 * @param target the prompt name, or the URI template exactly as declared on the {@link ResourceTemplate}
 * @param argument the argument or variable name
 */
public record CompletionRef(boolean prompt, String target, String argument) {

    public CompletionRef {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(argument, "argument");
    }

    public static CompletionRef promptArgument(String prompt, String argument) {
        return new CompletionRef(true, prompt, argument);
    }

    public static CompletionRef templateVariable(String uriTemplate, String variable) {
        return new CompletionRef(false, uriTemplate, variable);
    }

    @Override
    public String toString() {
        return (prompt ? "argument '" + argument + "' of prompt '" : "variable '" + argument + "' of template '")
                + target + "'";
    }
}
