package io.mcpwarden.runtime.prompts;

import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * Turns the {@code arguments} of {@code prompts/get} (a map of strings) into method parameters. Every fault is a
 * JSON-RPC invalid-params error that names the argument, as the MCP prompts specification asks.
 */
final class PromptArgumentBinder {

    private static final int MAX_NAME_IN_MESSAGE = 64;

    private PromptArgumentBinder() {
    }

    static Object[] bind(PromptMetadata prompt, JsonNode arguments, Caller caller, Object input) {
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            throw JsonRpcException.invalidParams("The 'arguments' of prompts/get must be an object of strings");
        }
        ObjectNode given = arguments instanceof ObjectNode object ? object : null;
        if (given != null) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = given.fields(); fields.hasNext();) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (prompt.parameters().stream().noneMatch(p -> p.isArgument() && p.name().equals(field.getKey()))) {
                    throw JsonRpcException.invalidParams("Unknown argument '" + shorten(field.getKey()) + "'");
                }
                if (!field.getValue().isTextual() && !field.getValue().isNull()) {
                    throw JsonRpcException.invalidParams("Argument '" + field.getKey() + "' must be a string");
                }
            }
        }
        Object[] values = new Object[prompt.parameters().size()];
        for (int i = 0; i < values.length; i++) {
            PromptParameter parameter = prompt.parameters().get(i);
            if (parameter.kind() == PromptParameter.Kind.CALLER) {
                values[i] = caller;
                continue;
            }
            if (parameter.kind() == PromptParameter.Kind.CLIENT_INPUT) {
                values[i] = input;
                continue;
            }
            JsonNode value = given == null ? null : given.get(parameter.name());
            String text = value == null || value.isNull() ? null : value.textValue();
            if (text == null && parameter.required()) {
                throw JsonRpcException.invalidParams("Missing required argument '" + parameter.name() + "'");
            }
            values[i] = parameter.kind() == PromptParameter.Kind.OPTIONAL_STRING ? Optional.ofNullable(text) : text;
        }
        return values;
    }

    static String shorten(String text) {
        return text.length() <= MAX_NAME_IN_MESSAGE ? text : text.substring(0, MAX_NAME_IN_MESSAGE) + "...";
    }
}
