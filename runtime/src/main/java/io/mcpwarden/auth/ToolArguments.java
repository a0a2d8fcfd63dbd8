package io.mcpwarden.auth;

import java.util.Map;

/**
 * The bound arguments of a tool call, by argument name, as the tool method will receive them.
 */
public interface ToolArguments {

    /**
     * The tool being called.
     */
    String toolName();

    /**
     * The value of an argument, or null when it is absent or null.
     */
    Object get(String name);

    /**
     * The value of an argument, cast to the given type.
     *
     * @throws ClassCastException when the argument has another type
     */
    default <T> T get(String name, Class<T> type) {
        return type.cast(get(name));
    }

    /**
     * All arguments, in declaration order.
     */
    Map<String, Object> asMap();
}
