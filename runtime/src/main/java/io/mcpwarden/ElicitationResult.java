package io.mcpwarden;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The user's answer to an elicitation.
 *
 * @param action what the user did
 * @param content the submitted values by field name (form mode with {@link Action#ACCEPT}); empty otherwise. Values
 *        are {@code String}, {@code Integer}/{@code Long}, {@code Double}, {@code Boolean} or {@code List<String>}
 *        (multi-select)
 */
public record ElicitationResult(Action action, Map<String, Object> content) {

    public ElicitationResult {
        content = content == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(content));
    }

    public enum Action {
        /** The user submitted the form, or agreed to open the URL. */
        ACCEPT,
        /** The user explicitly refused. */
        DECLINE,
        /** The user dismissed the request without choosing. */
        CANCEL
    }

    public boolean accepted() {
        return action == Action.ACCEPT;
    }
}
