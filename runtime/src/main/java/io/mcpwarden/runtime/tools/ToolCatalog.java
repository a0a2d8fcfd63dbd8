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

    // Copy-on-write: a call reads one volatile snapshot, without locks; run-time changes are rare.
    private volatile Snapshot snapshot;

    public ToolCatalog(List<ToolMetadata> metadata, List<Invoker<Object, Object>> invokers, ObjectMapper mapper) {
        List<RegisteredTool> registered = new ArrayList<>(metadata.size());
        for (int i = 0; i < metadata.size(); i++) {
            ToolMetadata tool = metadata.get(i);
            registered.add(new RegisteredTool(tool, invokers.get(i), new ArgumentBinder(tool.parameters(), mapper),
                    descriptor(tool, mapper)));
        }
        this.snapshot = Snapshot.of(registered);
    }

    /**
     * The tool with this name, or null.
     */
    public RegisteredTool find(String name) {
        return snapshot.byName.get(name);
    }

    public List<RegisteredTool> all() {
        return snapshot.tools;
    }

    /**
     * Adds a tool; returns false when the name is taken.
     */
    public synchronized boolean add(RegisteredTool tool) {
        if (snapshot.byName.containsKey(tool.name())) {
            return false;
        }
        List<RegisteredTool> tools = new ArrayList<>(snapshot.tools);
        tools.add(tool);
        snapshot = Snapshot.of(tools);
        return true;
    }

    /**
     * Removes the tool with this name when {@code removable} accepts it; returns whether it did.
     */
    public synchronized boolean remove(String name, java.util.function.Predicate<RegisteredTool> removable) {
        RegisteredTool tool = snapshot.byName.get(name);
        if (tool == null || !removable.test(tool)) {
            return false;
        }
        List<RegisteredTool> tools = new ArrayList<>(snapshot.tools);
        tools.remove(tool);
        snapshot = Snapshot.of(tools);
        return true;
    }

    private record Snapshot(List<RegisteredTool> tools, Map<String, RegisteredTool> byName) {
        static Snapshot of(List<RegisteredTool> registered) {
            List<RegisteredTool> sorted = new ArrayList<>(registered);
            sorted.sort(Comparator.comparing(RegisteredTool::name));
            Map<String, RegisteredTool> index = new HashMap<>();
            for (RegisteredTool tool : sorted) {
                index.put(tool.name(), tool);
            }
            return new Snapshot(List.copyOf(sorted), Map.copyOf(index));
        }
    }

    /**
     * The {@code tools/list} descriptor of a tool.
     */
    public static ObjectNode descriptor(ToolMetadata tool, ObjectMapper mapper) {
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
        return io.mcpwarden.runtime.protocol.Decorations.apply(descriptor, tool.decorations());
    }
}
