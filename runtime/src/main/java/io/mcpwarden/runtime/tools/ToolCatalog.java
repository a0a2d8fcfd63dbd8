package io.mcpwarden.runtime.tools;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * All tools of the application, in name order, each with its descriptor rendered once at startup.
 */
public final class ToolCatalog {

    private final List<RegisteredTool> tools;
    private final Map<String, RegisteredTool> byName;

    public ToolCatalog(List<ToolMetadata> metadata, List<Invoker<Object, Object>> invokers, ObjectMapper mapper) {
        List<RegisteredTool> registered = new ArrayList<>(metadata.size());
        for (int i = 0; i < metadata.size(); i++) {
            ToolMetadata tool = metadata.get(i);
            registered.add(new RegisteredTool(tool, invokers.get(i), new ArgumentBinder(tool.parameters(), mapper),
                    descriptor(tool, mapper)));
        }
        registered.sort(Comparator.comparing(RegisteredTool::name));
        this.tools = List.copyOf(registered);
        Map<String, RegisteredTool> index = new HashMap<>();
        for (RegisteredTool tool : tools) {
            index.put(tool.name(), tool);
        }
        this.byName = Map.copyOf(index);
    }

    /**
     * The tool with this name, or null.
     */
    public RegisteredTool find(String name) {
        return byName.get(name);
    }

    public List<RegisteredTool> all() {
        return tools;
    }

    private static ObjectNode descriptor(ToolMetadata tool, ObjectMapper mapper) {
        ObjectNode descriptor = JsonNodeFactory.instance.objectNode();
        descriptor.put("name", tool.name());
        if (tool.title() != null) {
            descriptor.put("title", tool.title());
        }
        if (tool.description() != null) {
            descriptor.put("description", tool.description());
        }
        try {
            descriptor.set("inputSchema", mapper.readTree(tool.inputSchema()));
            if (tool.outputSchema() != null) {
                descriptor.set("outputSchema", mapper.readTree(tool.outputSchema()));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Invalid schema generated for tool " + tool.declaringMethod(), e);
        }
        ObjectNode annotations = descriptor.putObject("annotations");
        if (tool.title() != null) {
            annotations.put("title", tool.title());
        }
        ToolHints hints = tool.hints();
        annotations.put("readOnlyHint", hints.readOnly());
        if (!hints.readOnly()) {
            annotations.put("destructiveHint", hints.destructive());
            annotations.put("idempotentHint", hints.idempotent());
        }
        annotations.put("openWorldHint", hints.openWorld());
        return descriptor;
    }
}
