package io.mcpwarden.runtime.resources;

/**
 * One parameter of a resource method: a template variable, or the caller.
 *
 * @param variable the template variable bound to it, or null for the {@code Caller} parameter
 */
public record ResourceParameter(String variable) {

    public boolean caller() {
        return variable == null;
    }
}
