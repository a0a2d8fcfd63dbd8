package io.mcpwarden.runtime.tracing;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.config.WardenRuntimeConfig;
import io.mcpwarden.runtime.jsonrpc.JsonRpcMessage;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanBuilder;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Spans through the application's OpenTelemetry (quarkus-opentelemetry); registered only when the application has it.
 * A request span is a child of the HTTP server span Quarkus created for the exchange, named
 * {@code {mcp.method.name} {target}} as the semantic conventions for MCP ask, where the target is a tool or prompt
 * name the application declares: a name a client made up never becomes part of a span name.
 */
@Singleton
public class OpenTelemetryTracing implements McpTracing {

    static final String INSTRUMENTATION_SCOPE = "io.mcpwarden";

    private final Tracer tracer;
    private final ToolCatalog tools;
    private final PromptCatalog prompts;
    private final boolean includeSubject;

    OpenTelemetryTracing(OpenTelemetry openTelemetry, ToolCatalog tools, PromptCatalog prompts,
            WardenRuntimeConfig config) {
        this.tracer = openTelemetry.getTracer(INSTRUMENTATION_SCOPE);
        this.tools = tools;
        this.prompts = prompts;
        this.includeSubject = config.tracing().includeSubject();
    }

    @Override
    public Object currentContext() {
        return Context.current();
    }

    @Override
    public McpSpan startRequest(Object parent, JsonRpcMessage request, String protocolVersion, Caller caller) {
        String method = request.method();
        String declared = declaredTarget(method, request.params());
        SpanBuilder builder = tracer.spanBuilder(declared == null ? method : method + " " + declared)
                .setSpanKind(SpanKind.SERVER)
                .setParent(parent instanceof Context context ? context : Context.current())
                .setAttribute(SpanAttributes.MCP_METHOD_NAME, method);
        if (protocolVersion != null) {
            builder.setAttribute(SpanAttributes.MCP_PROTOCOL_VERSION, protocolVersion);
        }
        if (request.id() != null) {
            builder.setAttribute(SpanAttributes.JSONRPC_REQUEST_ID, request.id().asText());
        }
        if (declared != null) {
            builder.setAttribute("prompts/get".equals(method) ? SpanAttributes.GEN_AI_PROMPT_NAME
                    : SpanAttributes.GEN_AI_TOOL_NAME, declared);
        }
        identify(builder, caller);
        return new TracedSpan(this, builder.startSpan(), caller);
    }

    /**
     * The child span of a tool call, {@code execute_tool {gen_ai.tool.name}} as the GenAI conventions name it.
     */
    McpSpan startToolCall(Span request, Caller caller, String toolName) {
        String declared = toolName != null && tools.find(toolName) != null ? toolName : null;
        SpanBuilder builder = tracer.spanBuilder(declared == null ? SpanAttributes.EXECUTE_TOOL
                : SpanAttributes.EXECUTE_TOOL + " " + declared)
                .setSpanKind(SpanKind.INTERNAL)
                .setParent(Context.current().with(request))
                .setAttribute(SpanAttributes.GEN_AI_OPERATION_NAME, SpanAttributes.EXECUTE_TOOL);
        if (declared != null) {
            builder.setAttribute(SpanAttributes.GEN_AI_TOOL_NAME, declared);
        }
        identify(builder, caller);
        return new TracedSpan(this, builder.startSpan(), caller);
    }

    private void identify(SpanBuilder builder, Caller caller) {
        if (caller == null) {
            return;
        }
        if (caller.clientId() != null) {
            builder.setAttribute(SpanAttributes.CLIENT_ID, caller.clientId());
        }
        if (includeSubject && caller.subject() != null) {
            builder.setAttribute(SpanAttributes.ENDUSER_ID, caller.subject());
        }
    }

    /**
     * The tool or prompt a request names, when the application declares it; null otherwise (and for resources,
     * whose URIs may carry data).
     */
    private String declaredTarget(String method, ObjectNode params) {
        boolean tool = "tools/call".equals(method);
        if (!tool && !"prompts/get".equals(method)) {
            return null;
        }
        JsonNode name = params == null ? null : params.get("name");
        if (name == null || !name.isTextual()) {
            return null;
        }
        String text = name.textValue();
        return (tool ? tools.find(text) != null : prompts.find(text) != null) ? text : null;
    }
}
