package io.mcpwarden.runtime.tools;

/**
 * Arguments that do not fit the tool's parameters. The message names the argument and the rule, so the model can
 * correct its call; it never contains Java class names.
 */
public final class ArgumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ArgumentException(String message) {
        super(message, null, false, false);
    }
}
