package io.mcpwarden.runtime.prompts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.auth.ToolPolicy;

/**
 * All prompts of the application, in name order, each with its descriptor rendered once at startup.
 */
public final class PromptCatalog {

    private final List<RegisteredPrompt> prompts;
    private final Map<String, RegisteredPrompt> byName;

    public PromptCatalog(List<PromptMetadata> metadata, List<Invoker<Object, Object>> invokers) {
        List<RegisteredPrompt> registered = new ArrayList<>(metadata.size());
        for (int i = 0; i < metadata.size(); i++) {
            registered.add(new RegisteredPrompt(metadata.get(i), invokers.get(i), descriptor(metadata.get(i))));
        }
        registered.sort(Comparator.comparing(RegisteredPrompt::name));
        this.prompts = List.copyOf(registered);
        Map<String, RegisteredPrompt> index = new HashMap<>();
        for (RegisteredPrompt prompt : prompts) {
            index.put(prompt.name(), prompt);
        }
        this.byName = Map.copyOf(index);
    }

    /**
     * The prompt with this name, or null.
     */
    public RegisteredPrompt find(String name) {
        return byName.get(name);
    }

    public List<RegisteredPrompt> all() {
        return prompts;
    }

    /**
     * The access rules of the prompts, in the form the access control enforces for tools.
     */
    public List<ToolPolicy> policies() {
        return prompts.stream().map(prompt -> new ToolPolicy(prompt.name(), false,
                prompt.metadata().requiredScopes(), prompt.metadata().anyOfScopes(), List.of(), null, null))
                .toList();
    }

    private static ObjectNode descriptor(PromptMetadata prompt) {
        ObjectNode descriptor = JsonNodeFactory.instance.objectNode();
        descriptor.put("name", prompt.name());
        if (prompt.title() != null) {
            descriptor.put("title", prompt.title());
        }
        if (prompt.description() != null) {
            descriptor.put("description", prompt.description());
        }
        ArrayNode arguments = descriptor.putArray("arguments");
        for (PromptParameter parameter : prompt.parameters()) {
            if (!parameter.isArgument()) {
                continue;
            }
            ObjectNode argument = arguments.addObject();
            argument.put("name", parameter.name());
            if (parameter.description() != null) {
                argument.put("description", parameter.description());
            }
            argument.put("required", parameter.required());
        }
        return io.mcpwarden.runtime.protocol.Decorations.apply(descriptor, prompt.decorations());
    }
}
