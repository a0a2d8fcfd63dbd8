package io.mcpwarden.runtime.auth;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.mcpwarden.auth.Caller;

/**
 * A claim condition of a tool ({@code @RequireClaim}), as built at build time.
 *
 * @param path the claim name or dotted path
 * @param anyOf accepted values (empty: no such rule)
 * @param containsAll values an array claim must all contain (empty: no such rule)
 */
public record ClaimRequirement(String path, List<String> anyOf, List<String> containsAll) {

    public boolean isMetBy(Caller caller) {
        Optional<Object> claim = caller.claim(path);
        if (claim.isEmpty() || Boolean.FALSE.equals(claim.get())) {
            return false;
        }
        Object value = claim.get();
        if (!anyOf.isEmpty()) {
            boolean matched = value instanceof Collection<?> values
                    ? values.stream().anyMatch(v -> anyOf.contains(String.valueOf(v)))
                    : anyOf.contains(String.valueOf(value));
            if (!matched) {
                return false;
            }
        }
        if (!containsAll.isEmpty()) {
            if (!(value instanceof Collection<?> values)) {
                return false;
            }
            List<String> texts = values.stream().map(String::valueOf).toList();
            return texts.containsAll(containsAll);
        }
        return true;
    }
}
