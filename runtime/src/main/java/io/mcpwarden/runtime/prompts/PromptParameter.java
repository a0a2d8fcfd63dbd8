package io.mcpwarden.runtime.prompts;

/**
 * One parameter of a prompt method, as resolved at build time.
 *
 * @param name the argument name on the wire (for the caller parameter, the Java parameter name)
 * @param description what the argument means, or null
 * @param required whether the client must send it
 * @param kind how the value is passed to the method
 */
public record PromptParameter(String name, String description, boolean required, Kind kind) {

    /**
     * How a prompt method receives a parameter.
     */
    public enum Kind {
        /** A {@code String} argument ({@code null} when an optional one is absent). */
        STRING,
        /** An {@code Optional<String>} argument. */
        OPTIONAL_STRING,
        /** The {@link io.mcpwarden.auth.Caller}, supplied by the server. */
        CALLER,
        /** The {@link io.mcpwarden.ClientInput} of the request's round, supplied by the server. */
        CLIENT_INPUT
    }

    public boolean isArgument() {
        return kind != Kind.CALLER && kind != Kind.CLIENT_INPUT;
    }
}
