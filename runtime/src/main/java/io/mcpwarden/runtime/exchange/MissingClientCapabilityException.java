package io.mcpwarden.runtime.exchange;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ClientRequestException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcErrorCode;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;

/**
 * A tool asked for something (sampling, elicitation) that needs a capability the client did not declare in the
 * request's {@code _meta}. In the stateless era (2026-07-28) this ends the request with
 * {@code MissingRequiredClientCapabilityError} (-32021) instead of a tool result.
 */
public final class MissingClientCapabilityException extends ClientRequestException {

    private static final long serialVersionUID = 1L;

    private final String capability;

    public MissingClientCapabilityException(String capability, String message) {
        super(message);
        this.capability = capability;
    }

    /**
     * The capability's name, as a key of {@code ClientCapabilities} ({@code sampling}, {@code elicitation}).
     */
    public String capability() {
        return capability;
    }

    /**
     * {@code MissingRequiredClientCapability} (-32021), whose {@code data.requiredCapabilities} is a
     * {@code ClientCapabilities} object naming the capability.
     */
    public JsonRpcException toJsonRpcError() {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.putObject("requiredCapabilities").putObject(capability);
        return new JsonRpcException(JsonRpcErrorCode.MISSING_REQUIRED_CLIENT_CAPABILITY, getMessage(), data);
    }
}
