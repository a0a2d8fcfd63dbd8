package io.mcpwarden.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.invoke.Invoker;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.mcpwarden.runtime.auth.ProtectedResourceMetadata;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.auth.ToolPolicy;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.prompts.PromptMetadata;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceMetadata;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.mcpwarden.runtime.tools.ToolMetadata;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.RuntimeValue;
import io.quarkus.runtime.annotations.Recorder;
import io.vertx.core.Handler;
import io.vertx.ext.web.Route;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Carries build-time results (tool and prompt metadata, generated invokers) into the running application.
 */
@Recorder
public class WardenRecorder {

    public Supplier<ToolCatalog> toolCatalog(List<ToolMetadata> tools, List<RuntimeValue<Invoker<Object, Object>>> invokers) {
        return () -> new ToolCatalog(tools, resolve(invokers), Arc.container().instance(ObjectMapper.class).get());
    }

    public Supplier<PromptCatalog> promptCatalog(List<PromptMetadata> prompts,
            List<RuntimeValue<Invoker<Object, Object>>> invokers) {
        return () -> new PromptCatalog(prompts, resolve(invokers));
    }

    private static List<Invoker<Object, Object>> resolve(List<RuntimeValue<Invoker<Object, Object>>> invokers) {
        List<Invoker<Object, Object>> resolved = new ArrayList<>(invokers.size());
        for (RuntimeValue<Invoker<Object, Object>> invoker : invokers) {
            resolved.add(invoker.getValue());
        }
        return resolved;
    }

    public Supplier<ResourceCatalog> resourceCatalog(List<ResourceMetadata> resources,
            List<RuntimeValue<Invoker<Object, Object>>> invokers) {
        return () -> {
            List<Invoker<Object, Object>> resolved = new ArrayList<>(invokers.size());
            for (RuntimeValue<Invoker<Object, Object>> invoker : invokers) {
                resolved.add(invoker.getValue());
            }
            return new ResourceCatalog(resources, resolved);
        };
    }

    public Supplier<ToolPolicies> toolPolicies(List<ToolPolicy> policies) {
        return () -> new ToolPolicies(policies);
    }

    /**
     * Serves the protected-resource metadata, or 404 when authentication is off.
     */
    public Handler<RoutingContext> metadataHandler() {
        McpEndpoint endpoint = Arc.container().instance(McpEndpoint.class).get();
        ProtectedResourceMetadata metadata = endpoint.metadata();
        return metadata != null ? endpoint.cors().publicDocument(metadata)
                : ctx -> ctx.response().setStatusCode(404).end();
    }

    public Handler<RoutingContext> endpointHandler() {
        return Arc.container().instance(McpEndpoint.class).get().handler();
    }

    /**
     * Reads the body with the configured size limit (413 beyond it) before the endpoint handler runs.
     */
    public Consumer<Route> endpointRoute() {
        long maxBodySize = Arc.container().instance(McpEndpoint.class).get().maxBodySize();
        return route -> route
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .failureHandler(WardenRecorder::failure);
    }

    private static void failure(RoutingContext ctx) {
        int status = ctx.statusCode() == 413 ? 413 : 500;
        String message = status == 413 ? "Request body too large" : "Internal error";
        int code = status == 413 ? JsonRpcErrorCode.INVALID_REQUEST : JsonRpcErrorCode.INTERNAL_ERROR;
        if (ctx.response().ended()) {
            return;
        }
        ctx.response().setStatusCode(status).putHeader("Content-Type", "application/json")
                .end("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":" + code + ",\"message\":\"" + message
                        + "\"}}");
    }
}
