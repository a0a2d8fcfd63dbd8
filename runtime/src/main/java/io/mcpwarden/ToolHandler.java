package io.mcpwarden;

import java.util.Map;

import io.mcpwarden.auth.Caller;

/**
 * The code of a tool added at run time through {@link ToolRegistry}. It runs on a worker thread, in a request
 * context in which the caller is injectable.
 */
@FunctionalInterface
public interface ToolHandler {

    /**
     * @param arguments the call's arguments as JSON values (String, Number, Boolean, List, Map, or null), checked
     *        by nothing but the client: validate them here
     * @param caller who calls
     * @return the result; throw {@link ToolCallException} for an error the model should see
     */
    ToolResult call(Map<String, Object> arguments, Caller caller) throws Exception;
}
