package io.mcpwarden.runtime.devui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.mcpwarden.runtime.auth.AuthStrengthRequirement;
import io.mcpwarden.runtime.auth.ClaimRequirement;
import io.mcpwarden.runtime.auth.ToolPolicy;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.prompts.RegisteredPrompt;
import io.mcpwarden.runtime.resources.RegisteredResource;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceMetadata;
import io.mcpwarden.runtime.tools.RegisteredTool;
import io.mcpwarden.runtime.tools.ToolCatalog;

/**
 * The tools, prompts and resources of the application with their access rules, as plain JSON-ready maps for the Dev
 * UI. The rules are the build-time policies the endpoint enforces.
 */
final class CatalogView {

    private CatalogView() {
    }

    static List<Map<String, Object>> tools(List<ToolPolicy> policies, ToolCatalog catalog) {
        List<Map<String, Object>> tools = new ArrayList<>();
        for (ToolPolicy policy : policies) {
            if (policy.toolName().startsWith(ResourceMetadata.policyKey(""))) {
                continue;
            }
            RegisteredTool tool = catalog == null ? null : catalog.find(policy.toolName());
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", policy.toolName());
            entry.put("description", tool == null ? null : tool.metadata().description());
            entry.put("method", tool == null ? null : tool.metadata().declaringMethod());
            entry.put("publicTool", policy.publicTool());
            entry.put("allOfScopes", policy.allOf());
            entry.put("anyOfScopes", policy.anyOf());
            entry.put("claims", policy.claims().stream().map(CatalogView::claim).toList());
            entry.put("authStrength", authStrength(policy.authStrength()));
            entry.put("policyBean", policy.authorizer() == null ? null : policy.authorizer().getName());
            entry.put("summary", summary(policy));
            tools.add(entry);
        }
        return tools;
    }

    static List<Map<String, Object>> prompts(PromptCatalog catalog) {
        List<Map<String, Object>> prompts = new ArrayList<>();
        if (catalog == null) {
            return prompts;
        }
        for (RegisteredPrompt prompt : catalog.all()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", prompt.name());
            entry.put("description", prompt.metadata().description());
            entry.put("method", prompt.metadata().declaringMethod());
            entry.put("allOfScopes", prompt.metadata().requiredScopes());
            entry.put("anyOfScopes", prompt.metadata().anyOfScopes());
            prompts.add(entry);
        }
        return prompts;
    }

    static List<Map<String, Object>> resources(List<ToolPolicy> policies, ResourceCatalog catalog) {
        List<Map<String, Object>> resources = new ArrayList<>();
        if (catalog == null) {
            return resources;
        }
        List<RegisteredResource> all = new ArrayList<>(catalog.resources());
        all.addAll(catalog.templates());
        for (RegisteredResource resource : all) {
            ResourceMetadata metadata = resource.metadata();
            ToolPolicy policy = policies.stream().filter(p -> p.toolName().equals(metadata.policyKey())).findFirst()
                    .orElse(null);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("uri", metadata.uri());
            entry.put("template", metadata.template());
            entry.put("name", metadata.name());
            entry.put("description", metadata.description());
            entry.put("method", metadata.declaringMethod());
            entry.put("allOfScopes", policy == null ? List.of() : policy.allOf());
            entry.put("anyOfScopes", policy == null ? List.of() : policy.anyOf());
            resources.add(entry);
        }
        return resources;
    }

    private static Map<String, Object> claim(ClaimRequirement claim) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("path", claim.path());
        entry.put("anyOf", claim.anyOf());
        entry.put("containsAll", claim.containsAll());
        entry.put("text", claimText(claim));
        return entry;
    }

    private static Map<String, Object> authStrength(AuthStrengthRequirement strength) {
        if (strength == null) {
            return null;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("acr", strength.acrValues());
        entry.put("maxAgeSeconds", strength.maxAgeSeconds() < 0 ? null : strength.maxAgeSeconds());
        return entry;
    }

    private static String claimText(ClaimRequirement claim) {
        if (!claim.anyOf().isEmpty() && !claim.containsAll().isEmpty()) {
            return claim.path() + " is one of " + claim.anyOf() + " and contains all of " + claim.containsAll();
        }
        if (!claim.anyOf().isEmpty()) {
            return claim.path() + " is one of " + claim.anyOf();
        }
        if (!claim.containsAll().isEmpty()) {
            return claim.path() + " contains all of " + claim.containsAll();
        }
        return claim.path() + " is present and not false";
    }

    /**
     * One line saying what a caller needs, for the listing.
     */
    static String summary(ToolPolicy policy) {
        if (policy.publicTool()) {
            return "public: no token needed";
        }
        List<String> parts = new ArrayList<>();
        if (!policy.allOf().isEmpty()) {
            parts.add("all of " + String.join(", ", policy.allOf()));
        }
        if (!policy.anyOf().isEmpty()) {
            parts.add("one of " + String.join(", ", policy.anyOf()));
        }
        policy.claims().forEach(claim -> parts.add(claimText(claim)));
        AuthStrengthRequirement strength = policy.authStrength();
        if (strength != null) {
            if (!strength.acrValues().isEmpty()) {
                parts.add("acr one of " + strength.acrValues());
            }
            if (strength.maxAgeSeconds() >= 0) {
                parts.add("authenticated in the last " + strength.maxAgeSeconds() + " s");
            }
        }
        if (policy.authorizer() != null) {
            parts.add("allowed by " + policy.authorizer().getSimpleName());
        }
        return parts.isEmpty() ? "any valid token" : String.join("; ", parts);
    }
}
