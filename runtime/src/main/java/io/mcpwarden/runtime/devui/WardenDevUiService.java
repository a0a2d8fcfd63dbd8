package io.mcpwarden.runtime.devui;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.audit.AuditEvent;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.smallrye.common.annotation.Blocking;

/**
 * The JSON-RPC methods of the MCP Warden Dev UI card: the tools, prompts and resources with their access rules, the
 * recent audit events, and minting a dev token and trying a tool with it. Registered with the Dev UI only in local dev
 * mode. Refusals of the Dev UI's own requests (a bad scope, malformed JSON) come back as {@code {"error": ...}}
 * results so that the page can show them.
 */
public class WardenDevUiService {

    @Inject
    ToolPolicies policies;
    @Inject
    Instance<ToolCatalog> tools;
    @Inject
    Instance<PromptCatalog> prompts;
    @Inject
    Instance<ResourceCatalog> resources;
    @Inject
    DevAuditRing audit;
    @Inject
    DevTokenMinter minter;
    @Inject
    WardenBuildTimeConfig buildConfig;
    @Inject
    ObjectMapper mapper;

    public List<Map<String, Object>> getTools() {
        return CatalogView.tools(policies.all(), tools.isResolvable() ? tools.get() : null);
    }

    public List<Map<String, Object>> getPrompts() {
        return CatalogView.prompts(prompts.isResolvable() ? prompts.get() : null);
    }

    public List<Map<String, Object>> getResources() {
        return CatalogView.resources(policies.all(), resources.isResolvable() ? resources.get() : null);
    }

    /**
     * The recent audit events, newest first, with the fields of {@link AuditEvent}.
     */
    public List<Map<String, Object>> getAuditEvents() {
        List<Map<String, Object>> events = new ArrayList<>();
        for (AuditEvent event : audit.newestFirst()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("time", event.time().toString());
            entry.put("subject", event.subject());
            entry.put("clientId", event.clientId());
            entry.put("issuer", event.issuer());
            entry.put("method", event.method());
            entry.put("target", event.target());
            entry.put("decision", event.decision().name());
            entry.put("reason", event.reason());
            entry.put("outcome", event.outcome().name());
            entry.put("durationMicros", event.durationMicros());
            entry.put("requestId", event.requestId());
            entry.put("sessionId", event.sessionId());
            events.add(entry);
        }
        return events;
    }

    public boolean clearAuditEvents() {
        audit.clear();
        return true;
    }

    /**
     * What the token page needs: whether minting works here (and why not), the audience, issuer and lifetime of
     * minted tokens, and the declared scopes to choose from.
     */
    public Map<String, Object> getMintingSetup() {
        Map<String, Object> setup = new LinkedHashMap<>();
        String unavailable = minter.unavailableReason();
        setup.put("available", unavailable == null);
        setup.put("unavailableReason", unavailable);
        setup.put("audience", minter.audience());
        setup.put("issuer", DevSigningKey.ISSUER);
        setup.put("clientId", DevSigningKey.CLIENT_ID);
        setup.put("lifetimeSeconds", DevTokenMinter.LIFETIME.toSeconds());
        setup.put("scopes", new ArrayList<>(new TreeSet<>(buildConfig.scopes().keySet())));
        setup.put("endpoint", endpoint().toString());
        return setup;
    }

    /**
     * Mints a token.
     *
     * @param subject the {@code sub}
     * @param scopes declared scopes, separated by spaces or commas
     * @param claims extra claims as a JSON object ({@code {"tenant":"acme","acr":"mfa"}}), or blank
     */
    public Map<String, Object> mintToken(String subject, String scopes, String claims) {
        Map<String, Object> extra;
        try {
            extra = claims == null || claims.isBlank() ? Map.of()
                    : mapper.readValue(claims, new TypeReference<LinkedHashMap<String, Object>>() {
                    });
        } catch (JsonProcessingException e) {
            return error("The extra claims must be a JSON object: " + e.getOriginalMessage());
        }
        List<String> scopeList = scopes == null ? List.of()
                : Arrays.stream(scopes.split("[\\s,]+")).filter(s -> !s.isEmpty()).distinct().toList();
        try {
            DevTokenMinter.MintedToken minted = minter.mint(subject, scopeList, extra);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("token", minted.token());
            result.put("claims", minted.claims());
            return result;
        } catch (DevTokenMinter.MintRefusedException e) {
            return error(e.getMessage());
        }
    }

    /**
     * Calls a tool through this application's own MCP endpoint over HTTP, with the token (blank: none), and returns
     * what the endpoint answered: status, {@code WWW-Authenticate} challenge and JSON-RPC response.
     *
     * @param arguments the tool arguments as a JSON object, or blank for none
     */
    @Blocking
    public Map<String, Object> callTool(String token, String tool, String arguments) {
        if (tool == null || tool.isBlank()) {
            return error("Choose a tool.");
        }
        ObjectNode args;
        try {
            JsonNode parsed = arguments == null || arguments.isBlank() ? mapper.createObjectNode()
                    : mapper.readTree(arguments);
            if (!(parsed instanceof ObjectNode object)) {
                return error("The arguments must be a JSON object.");
            }
            args = object;
        } catch (JsonProcessingException e) {
            return error("The arguments must be a JSON object: " + e.getOriginalMessage());
        }
        try {
            McpSelfClient.Outcome outcome = new McpSelfClient(endpoint(), mapper).callTool(token, tool.trim(), args);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("step", outcome.step());
            result.put("status", outcome.status());
            result.put("wwwAuthenticate", outcome.wwwAuthenticate());
            result.put("body", outcome.body());
            return result;
        } catch (IOException e) {
            return error("The MCP endpoint at " + endpoint() + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return error("Interrupted");
        }
    }

    /**
     * The MCP endpoint of this application, on loopback.
     */
    URI endpoint() {
        var config = ConfigProvider.getConfig();
        String host = config.getOptionalValue("quarkus.http.host", String.class).orElse("127.0.0.1");
        if (host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
            host = "127.0.0.1";
        }
        int port = config.getOptionalValue("quarkus.http.port", Integer.class).orElse(8080);
        String root = config.getOptionalValue("quarkus.http.root-path", String.class).orElse("/");
        String path = buildConfig.path();
        String joined = (root.endsWith("/") ? root.substring(0, root.length() - 1) : root)
                + (path.startsWith("/") ? path : "/" + path);
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + joined);
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }
}
