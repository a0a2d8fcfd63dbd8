package io.mcpwarden.runtime.tools;

import java.util.Objects;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;

/**
 * A tool ready to serve: its build-time metadata, its generated invoker, its argument binder and its rendered
 * {@code tools/list} descriptor. The descriptor is also kept serialized (UTF-8 bytes, encoded once), so that
 * {@code tools/list} copies bytes instead of walking and re-encoding every schema on every request.
 */
public final class RegisteredTool {

    private final ToolMetadata metadata;
    private final Invoker<Object, Object> invoker;
    private final ArgumentBinder binder;
    private final ObjectNode descriptor;
    private final RawValue serializedDescriptor;
    private final java.util.List<ParamHeader> paramHeaders;
    private final boolean beginsTaskItself;

    public RegisteredTool(ToolMetadata metadata, Invoker<Object, Object> invoker, ArgumentBinder binder,
            ObjectNode descriptor) {
        this.metadata = Objects.requireNonNull(metadata);
        this.invoker = invoker;
        this.binder = binder;
        this.descriptor = descriptor;
        SerializedString json = new SerializedString(descriptor.toString());
        json.asUnquotedUTF8(); // encode now, not on the first tools/list
        this.serializedDescriptor = new RawValue(json);
        this.paramHeaders = ParamHeader.declaredIn(descriptor.get("inputSchema"));
        this.beginsTaskItself = metadata.beginsTaskItself();
    }

    /**
     * Whether the method declares a {@code TaskStart} parameter (resolved once, not per call).
     */
    public boolean beginsTaskItself() {
        return beginsTaskItself;
    }

    public String name() {
        return metadata.name();
    }

    public ToolMetadata metadata() {
        return metadata;
    }

    public Invoker<Object, Object> invoker() {
        return invoker;
    }

    public ArgumentBinder binder() {
        return binder;
    }

    /**
     * The arguments clients mirror into {@code Mcp-Param-*} headers; empty for most tools.
     */
    public java.util.List<ParamHeader> paramHeaders() {
        return paramHeaders;
    }

    /**
     * The descriptor as a tree (read-only by convention: it is shared by every request).
     */
    public ObjectNode descriptor() {
        return descriptor;
    }

    /**
     * The descriptor as raw JSON, for writing into a response tree with {@code addRawValue}.
     */
    public RawValue serializedDescriptor() {
        return serializedDescriptor;
    }
}
