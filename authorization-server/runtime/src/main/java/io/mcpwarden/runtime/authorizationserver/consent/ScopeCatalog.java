package io.mcpwarden.runtime.authorizationserver.consent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.mcpwarden.runtime.auth.ScopeHierarchy;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.auth.ToolPolicy;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;

/**
 * The declared scopes as the consent page shows them: each with its description and the tools it unlocks, taken from
 * the tool policies built at build time (a tool is listed under a scope when it requires that scope or one the scope
 * implies).
 */
public final class ScopeCatalog {

    /**
     * One scope on the consent page.
     *
     * @param name the scope
     * @param description what it allows, from {@code quarkus.warden.scopes.<scope>.description}
     * @param tools the tools it unlocks, sorted
     */
    public record ScopeView(String name, String description, List<String> tools) {
    }

    private final Map<String, ScopeView> scopes;
    private final ScopeHierarchy hierarchy;

    public ScopeCatalog(WardenBuildTimeConfig config, ToolPolicies policies) {
        Map<String, List<String>> implies = new LinkedHashMap<>();
        config.scopes().forEach((name, scope) -> implies.put(name, scope.implies().orElse(List.of())));
        ScopeHierarchy hierarchy = new ScopeHierarchy(implies);
        Map<String, ScopeView> views = new LinkedHashMap<>();
        for (String name : new TreeSet<>(config.scopes().keySet())) {
            Set<String> effective = hierarchy.expand(Set.of(name));
            List<String> tools = new ArrayList<>(new TreeSet<>(policies.all().stream()
                    .filter(policy -> !policy.publicTool() && mentionsAny(policy, effective))
                    .map(ToolPolicy::toolName).toList()));
            views.put(name, new ScopeView(name, config.scopes().get(name).description().orElse(name),
                    List.copyOf(tools)));
        }
        this.scopes = Map.copyOf(views);
        this.hierarchy = hierarchy;
    }

    public boolean isDeclared(String scope) {
        return scopes.containsKey(scope);
    }

    /**
     * Every declared scope, sorted by name.
     */
    public List<String> names() {
        return new ArrayList<>(new TreeSet<>(scopes.keySet()));
    }

    /**
     * Whether granting {@code scope} grants {@code target}: it is that scope or implies it.
     */
    public boolean includes(String scope, String target) {
        return hierarchy.expand(Set.of(scope)).contains(target);
    }

    public ScopeView view(String scope) {
        return scopes.get(scope);
    }

    private static boolean mentionsAny(ToolPolicy policy, Set<String> scopes) {
        return policy.allOf().stream().anyMatch(scopes::contains) || policy.anyOf().stream().anyMatch(scopes::contains);
    }
}
