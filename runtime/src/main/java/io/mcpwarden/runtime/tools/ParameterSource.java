package io.mcpwarden.runtime.tools;

/**
 * Where the value of a tool method parameter comes from.
 */
public enum ParameterSource {
    /** A tool argument sent by the client. */
    ARGUMENT,
    /** The {@link io.mcpwarden.auth.Caller} of the call, supplied by the server. */
    CALLER,
    /**
     * The call's two-way exchange with the client, supplied by the server: {@link io.mcpwarden.McpLog},
     * {@link io.mcpwarden.Progress}, {@link io.mcpwarden.Cancellation}, {@link io.mcpwarden.Sampling} or
     * {@link io.mcpwarden.Elicitation}.
     */
    EXCHANGE,
    /**
     * The client's answers to the call's earlier input requests and the state they carry: {@link io.mcpwarden.ClientInput}
     * (multi-round-trip requests).
     */
    CLIENT_INPUT,
    /** Every argument, as a {@code Map<String, Object>}: the input of a tool added at run time. */
    ALL_ARGUMENTS
}
