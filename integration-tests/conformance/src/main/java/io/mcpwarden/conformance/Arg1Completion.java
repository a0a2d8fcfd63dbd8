package io.mcpwarden.conformance;

import java.util.List;
import java.util.Map;

import io.mcpwarden.CompletionProvider;
import io.mcpwarden.CompletionRef;

/**
 * Completes {@code arg1} of the prompt {@code test_prompt_with_arguments}, which the suite's completion scenario asks
 * for: the suggestions that start with what the user typed.
 */
public class Arg1Completion implements CompletionProvider {

    private static final List<String> SUGGESTIONS = List.of("paris", "park", "party", "test", "testing", "tested");

    @Override
    public CompletionRef ref() {
        return CompletionRef.promptArgument("test_prompt_with_arguments", "arg1");
    }

    @Override
    public List<String> complete(String value, Map<String, String> context) {
        return SUGGESTIONS.stream().filter(suggestion -> suggestion.startsWith(value)).toList();
    }
}
