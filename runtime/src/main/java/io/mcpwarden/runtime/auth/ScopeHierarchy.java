package io.mcpwarden.runtime.auth;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which scopes a broader scope implies ({@code admin} implies {@code orders:read orders:write}), transitively.
 */
public final class ScopeHierarchy {

    private final Map<String, List<String>> implies;

    public ScopeHierarchy(Map<String, List<String>> implies) {
        this.implies = Map.copyOf(implies);
    }

    public static ScopeHierarchy none() {
        return new ScopeHierarchy(Map.of());
    }

    /**
     * The granted scopes plus every scope they imply.
     */
    public Set<String> expand(Set<String> granted) {
        if (implies.isEmpty()) {
            return Set.copyOf(granted);
        }
        Set<String> effective = new HashSet<>(granted);
        Deque<String> pending = new ArrayDeque<>(granted);
        while (!pending.isEmpty()) {
            for (String implied : implies.getOrDefault(pending.pop(), List.of())) {
                if (effective.add(implied)) {
                    pending.push(implied);
                }
            }
        }
        return Set.copyOf(effective);
    }
}
