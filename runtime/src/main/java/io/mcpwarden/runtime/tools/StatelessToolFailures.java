package io.mcpwarden.runtime.tools;

import java.util.concurrent.CompletionException;

import io.mcpwarden.runtime.exchange.MissingClientCapabilityException;

/**
 * The tool failures that the stateless era (2026-07-28) answers with a JSON-RPC error rather than a tool result.
 */
final class StatelessToolFailures {

    private StatelessToolFailures() {
    }

    /**
     * Turns a tool's failure for want of an undeclared client capability into {@code MissingRequiredClientCapability}
     * (-32021), whose {@code data.requiredCapabilities} is a {@code ClientCapabilities} object; other failures pass.
     */
    static void rethrowMissingCapability(Throwable failure) {
        Throwable current = failure;
        while (current instanceof CompletionException && current.getCause() != null) {
            current = current.getCause();
        }
        if (current instanceof MissingClientCapabilityException missing) {
            throw missing.toJsonRpcError();
        }
    }
}
