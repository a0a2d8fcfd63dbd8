package io.mcpwarden.runtime.tools;

/**
 * Where the value of a tool method parameter comes from.
 */
public enum ParameterSource {
    /** A tool argument sent by the client. */
    ARGUMENT,
    /** The {@link io.mcpwarden.auth.Caller} of the call, supplied by the server. */
    CALLER
}
