package io.mcpwarden.runtime.tools;

import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.runtime.exchange.MissingClientCapabilityException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

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
            ObjectNode data = JsonNodeFactory.instance.objectNode();
            data.putObject("requiredCapabilities").putObject(missing.capability());
            throw new JsonRpcException(JsonRpcErrorCode.MISSING_REQUIRED_CLIENT_CAPABILITY, missing.getMessage(), data);
        }
    }
}
