package io.mcpwarden.runtime.completion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.CompletionProvider;
import io.mcpwarden.CompletionRef;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.CallerScope;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.prompts.PromptRequests;
import io.mcpwarden.runtime.prompts.RegisteredPrompt;
import io.mcpwarden.runtime.resources.RegisteredResource;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceReadHandler;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.configuration.ConfigurationException;
import io.vertx.core.Vertx;

/**
 * Serves {@code completion/complete} from the application's {@link CompletionProvider}s, for callers who may get the
 * prompt (or read the template) the completed argument belongs to. Results hold at most 100 values, with the total
 * and {@code hasMore}, as the spec asks.
 */
public final class CompletionHandler {

    static final int MAX_VALUES = 100;
    private static final int MAX_VALUE_LENGTH = 1024;
    private static final Logger LOG = Logger.getLogger(CompletionHandler.class);

    private final Map<CompletionRef, CompletionProvider> providers;
    private final PromptCatalog prompts;
    private final ResourceCatalog resources;
    private final PromptRequests promptAccess;
    private final ResourceReadHandler resourceAccess;
    private final Vertx vertx;
    private final CallerScope callerScope = new CallerScope();

    /**
     * @throws ConfigurationException when a provider names no prompt argument or template variable, or two
     *         providers complete the same one
     */
    public CompletionHandler(List<CompletionProvider> providers, PromptCatalog prompts, ResourceCatalog resources,
            PromptRequests promptAccess, ResourceReadHandler resourceAccess, Vertx vertx) {
        this.prompts = prompts;
        this.resources = resources;
        this.promptAccess = promptAccess;
        this.resourceAccess = resourceAccess;
        this.vertx = vertx;
        Map<CompletionRef, CompletionProvider> byRef = new HashMap<>();
        List<String> errors = new ArrayList<>();
        for (CompletionProvider provider : providers) {
            CompletionRef ref = provider.ref();
            String where = provider.getClass().getName().replaceAll("_Subclass$|_ClientProxy$", "");
            if (ref == null || !exists(ref)) {
                errors.add("CompletionProvider " + where + " completes " + ref + ", which does not exist");
            } else if (byRef.putIfAbsent(ref, provider) != null) {
                errors.add("Two CompletionProviders complete the " + ref + ": " + where + " and "
                        + byRef.get(ref).getClass().getName());
            }
        }
        if (!errors.isEmpty()) {
            throw new ConfigurationException("Invalid MCP completion providers:\n\t- " + String.join("\n\t- ", errors));
        }
        this.providers = Map.copyOf(byRef);
    }

    public boolean offersCompletions() {
        return !providers.isEmpty();
    }

    public CompletionStage<JsonNode> complete(ObjectNode params, Caller caller) {
        JsonNode ref = params == null ? null : params.get("ref");
        JsonNode argument = params == null ? null : params.get("argument");
        if (ref == null || !ref.isObject() || argument == null || !argument.path("name").isTextual()
                || !argument.path("value").isTextual()) {
            throw JsonRpcException.invalidParams(
                    "completion/complete needs a 'ref' object and an 'argument' with a 'name' and a 'value' string");
        }
        String argumentName = argument.get("name").textValue();
        String value = argument.get("value").textValue();
        if (value.length() > MAX_VALUE_LENGTH) {
            throw JsonRpcException.invalidParams("The argument value is longer than " + MAX_VALUE_LENGTH
                    + " characters");
        }
        CompletionRef key = switch (ref.path("type").asText()) {
            case "ref/prompt" -> promptRef(ref, argumentName, caller);
            case "ref/resource" -> resourceRef(ref, argumentName, caller);
            default -> throw JsonRpcException.invalidParams("The 'ref' type must be ref/prompt or ref/resource");
        };
        CompletionProvider provider = providers.get(key);
        if (provider == null) {
            return java.util.concurrent.CompletableFuture.completedFuture(result(List.of()));
        }
        Map<String, String> context = context(params);
        return vertx.executeBlocking(() -> run(provider, value, context, caller), false).toCompletionStage()
                .handle((values, failure) -> {
                    if (failure != null) {
                        LOG.errorf(failure, "CompletionProvider for the %s failed", key);
                        throw new JsonRpcException(JsonRpcErrorCode.INTERNAL_ERROR,
                                "Completion failed. The server log has the details.");
                    }
                    return result(values);
                });
    }

    private CompletionRef promptRef(JsonNode ref, String argument, Caller caller) {
        String name = ref.path("name").asText(null);
        if (name == null) {
            throw JsonRpcException.invalidParams("A ref/prompt needs a 'name'");
        }
        // Access first, as for prompts/get: a caller who may not get the prompt learns nothing about it.
        promptAccess.checkAccess(name, caller);
        RegisteredPrompt prompt = prompts.find(name);
        if (prompt == null) {
            throw JsonRpcException.invalidParams("Unknown prompt: " + shorten(name));
        }
        if (prompt.metadata().parameters().stream().noneMatch(p -> p.isArgument() && p.name().equals(argument))) {
            throw JsonRpcException.invalidParams("The prompt '" + shorten(name) + "' has no argument '"
                    + shorten(argument) + "'");
        }
        return CompletionRef.promptArgument(name, argument);
    }

    private CompletionRef resourceRef(JsonNode ref, String variable, Caller caller) {
        String uri = ref.path("uri").asText(null);
        if (uri == null) {
            throw JsonRpcException.invalidParams("A ref/resource needs a 'uri'");
        }
        RegisteredResource template = resources.templates().stream()
                .filter(t -> t.metadata().uri().equals(uri)).findFirst().orElse(null);
        if (template == null) {
            throw JsonRpcException.invalidParams("Unknown resource template: " + shorten(uri));
        }
        resourceAccess.checkAccess(template, caller);
        if (!template.template().variables().contains(variable)) {
            throw JsonRpcException.invalidParams("The resource template has no variable '" + shorten(variable) + "'");
        }
        return CompletionRef.templateVariable(uri, variable);
    }

    private List<String> run(CompletionProvider provider, String value, Map<String, String> context, Caller caller) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            callerScope.enter(caller);
            List<String> values = provider.complete(value, context);
            return values == null ? List.of() : values;
        } finally {
            requestContext.terminate();
        }
    }

    static ObjectNode result(List<String> values) {
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        ObjectNode completion = result.putObject("completion");
        var array = completion.putArray("values");
        for (int i = 0; i < values.size() && i < MAX_VALUES; i++) {
            array.add(values.get(i));
        }
        completion.put("total", values.size());
        completion.put("hasMore", values.size() > MAX_VALUES);
        return result;
    }

    private static Map<String, String> context(ObjectNode params) {
        JsonNode arguments = params.path("context").path("arguments");
        if (!arguments.isObject()) {
            return Map.of();
        }
        Map<String, String> context = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = arguments.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual()) {
                context.put(field.getKey(), field.getValue().textValue());
            }
        }
        return Map.copyOf(context);
    }

    private boolean exists(CompletionRef ref) {
        if (ref.prompt()) {
            RegisteredPrompt prompt = prompts.find(ref.target());
            return prompt != null && prompt.metadata().parameters().stream()
                    .anyMatch(p -> p.isArgument() && p.name().equals(ref.argument()));
        }
        return resources.templates().stream().anyMatch(t -> t.metadata().uri().equals(ref.target())
                && t.template().variables().contains(ref.argument()));
    }

    private static String shorten(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "...";
    }
}
