package io.mcpwarden.runtime.exchange;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ClientRequestException;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.runtime.session.McpSession;

/**
 * Writes the params of the requests the server sends to clients and reads their results, rejecting malformed
 * answers with a clear message.
 */
public final class ClientRequestBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final TypeReference<LinkedHashMap<String, Object>> CONTENT = new TypeReference<>() {
    };

    private ClientRequestBodies() {
    }

    public static ObjectNode sampling(SamplingRequest request) {
        ObjectNode params = NODES.objectNode();
        ArrayNode messages = params.putArray("messages");
        for (SamplingRequest.Message message : request.messages()) {
            ObjectNode entry = messages.addObject();
            entry.put("role", message.role());
            entry.putObject("content").put("type", "text").put("text", message.text());
        }
        params.put("maxTokens", request.maxTokens());
        if (request.systemPrompt() != null) {
            params.put("systemPrompt", request.systemPrompt());
        }
        if (request.temperature() != null) {
            params.put("temperature", request.temperature());
        }
        if (!request.stopSequences().isEmpty()) {
            request.stopSequences().forEach(params.putArray("stopSequences")::add);
        }
        if (!request.modelHints().isEmpty()) {
            ArrayNode hints = params.putObject("modelPreferences").putArray("hints");
            request.modelHints().forEach(name -> hints.addObject().put("name", name));
        }
        return params;
    }

    public static SamplingResult samplingResult(JsonNode result) {
        if (result == null || !result.isObject() || !result.path("content").isObject()
                || !result.path("role").isTextual()) {
            throw new ClientRequestException("The client answered sampling/createMessage without a valid message");
        }
        return new SamplingResult(result.get("role").textValue(), result.get("content"),
                result.path("model").asText(null), result.path("stopReason").asText(null));
    }

    public static ObjectNode form(String message, ElicitationSchema schema, McpSession session) {
        ObjectNode params = NODES.objectNode();
        // 2025-06-18 clients know no modes: send "mode" only to the revision that defines it.
        if (!"2025-06-18".equals(session.protocolVersion())) {
            params.put("mode", "form");
        }
        params.put("message", message);
        params.set("requestedSchema", schema.toJson());
        return params;
    }

    public static ObjectNode url(String message, String url, String elicitationId) {
        ObjectNode params = NODES.objectNode();
        params.put("mode", "url");
        params.put("message", message);
        params.put("url", url);
        params.put("elicitationId", elicitationId);
        return params;
    }

    public static ElicitationResult elicitationResult(JsonNode result, ObjectMapper mapper) {
        String action = result == null ? null : result.path("action").asText(null);
        ElicitationResult.Action parsed = action == null ? null : switch (action) {
            case "accept" -> ElicitationResult.Action.ACCEPT;
            case "decline" -> ElicitationResult.Action.DECLINE;
            case "cancel" -> ElicitationResult.Action.CANCEL;
            default -> null;
        };
        if (parsed == null) {
            throw new ClientRequestException("The client answered elicitation/create without a valid action");
        }
        JsonNode content = result.get("content");
        Map<String, Object> values = content != null && content.isObject() && parsed == ElicitationResult.Action.ACCEPT
                ? mapper.convertValue(content, CONTENT)
                : Map.of();
        return new ElicitationResult(parsed, values);
    }
}
