package io.mcpwarden.runtime.resources;

import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.AccessDecision;
import io.mcpwarden.runtime.auth.ToolAccessControl;
import io.mcpwarden.runtime.invocation.ManagedInvocation;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.vertx.core.Vertx;

/**
 * Serves {@code resources/read}: finds the resource or template for the URI, checks the caller's access, runs the
 * method on the thread its execution model asks for, and encodes the contents. Unlike tool failures, every failure
 * here is a JSON-RPC error: {@code -32002} for a URI that names nothing, {@code -32603} for a method that failed.
 */
public final class ResourceReadHandler {

    private static final Logger LOG = Logger.getLogger(ResourceReadHandler.class);
    private static final int MAX_URI_LENGTH = 2048;

    private final ResourceCatalog catalog;
    private final ToolAccessControl access;
    private final ManagedInvocation invocation;

    public ResourceReadHandler(ResourceCatalog catalog, ToolAccessControl access, Vertx vertx,
            Executor virtualThreads) {
        this.catalog = catalog;
        this.access = access;
        this.invocation = new ManagedInvocation(vertx, virtualThreads);
    }

    /**
     * Whether the resource appears in the caller's listings: when the caller may read it.
     */
    public boolean visible(RegisteredResource resource, Caller caller) {
        return access.visible(resource.metadata().policyKey(), caller);
    }

    /**
     * Throws the refusal (401 or 403 with a challenge) when the caller may not read this resource or template.
     */
    public void checkAccess(RegisteredResource resource, Caller caller) {
        String policyKey = resource.metadata().policyKey();
        AccessDecision decision = access.decide(policyKey, caller);
        if (!decision.allowed()) {
            throw access.refusal(policyKey, caller, decision);
        }
    }

    public CompletionStage<JsonNode> read(ObjectNode params, Caller caller) {
        JsonNode uriNode = params == null ? null : params.get("uri");
        if (uriNode == null || !uriNode.isTextual()) {
            throw JsonRpcException.invalidParams("resources/read needs a 'uri' string");
        }
        String uri = uriNode.textValue();
        if (uri.length() > MAX_URI_LENGTH) {
            throw JsonRpcException.invalidParams("The 'uri' of resources/read is longer than " + MAX_URI_LENGTH
                    + " characters");
        }
        ResourceCatalog.Match match = catalog.find(uri);
        if (match == null) {
            throw notFound(uri);
        }
        RegisteredResource resource = match.resource();
        String policyKey = resource.metadata().policyKey();
        AccessDecision decision = access.decide(policyKey, caller);
        if (!decision.allowed()) {
            throw access.refusal(policyKey, caller, decision);
        }
        Object[] values = bind(resource.metadata().parameters(), match, caller);
        return invocation.run(resource.metadata().executionModel(), resource.metadata().async(),
                resource.invoker(), values, caller, null)
                .handle((value, failure) -> {
                    if (failure == null) {
                        ObjectNode result;
                        try {
                            result = ResourceContentsEncoder.encode(resource.metadata(), uri, value);
                        } catch (RuntimeException e) {
                            throw failed(resource, uri, e);
                        }
                        if (result == null) {
                            throw notFound(uri);
                        }
                        return result;
                    }
                    throw failed(resource, uri, failure);
                });
    }

    private static Object[] bind(List<ResourceParameter> parameters, ResourceCatalog.Match match, Caller caller) {
        Object[] values = new Object[parameters.size()];
        for (int i = 0; i < values.length; i++) {
            ResourceParameter parameter = parameters.get(i);
            values[i] = parameter.caller() ? caller : match.variables().get(parameter.variable());
        }
        return values;
    }

    private static JsonRpcException failed(RegisteredResource resource, String uri, Throwable failure) {
        LOG.errorf(ManagedInvocation.unwrap(failure), "Resource %s (%s) failed", uri,
                resource.metadata().declaringMethod());
        return new JsonRpcException(JsonRpcErrorCode.INTERNAL_ERROR,
                "Reading the resource failed. The server log has the details.", uriData(uri));
    }

    private static JsonRpcException notFound(String uri) {
        return new JsonRpcException(JsonRpcErrorCode.RESOURCE_NOT_FOUND, "Resource not found", uriData(uri));
    }

    private static ObjectNode uriData(String uri) {
        return JsonNodeFactory.instance.objectNode().put("uri", uri);
    }
}
