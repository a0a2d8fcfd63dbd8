package io.mcpwarden.runtime.input;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.InputRequest;
import io.mcpwarden.InputRequired;
import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.exchange.ClientRequestBodies;
import io.mcpwarden.runtime.exchange.MissingClientCapabilityException;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;

/**
 * Multi-round-trip requests (MCP 2026-07-28, SEP-2322) for {@code tools/call} and {@code prompts/get} (the spec also
 * allows {@code resources/read}, which resource methods cannot use yet). Reads a round's
 * {@code inputResponses} and {@code requestState}, and turns an {@link InputRequired} into the result (stateless era)
 * or into the requests the server sends over the session (older eras).
 * <p>
 * A state is bound to the caller (issuer, subject, client), the method, its target and its arguments: presented on any
 * other request, changed, or late, it is refused with invalid params.
 */
public final class InputRounds {

    /** The {@code resultType} of a result that asks for more input. */
    public static final String INPUT_REQUIRED = "input_required";

    private final RequestStateSeal seal;
    private final ObjectMapper mapper;
    private final ObjectWriter canonical;

    public InputRounds(RequestStateSeal seal, ObjectMapper mapper) {
        this.seal = seal;
        this.mapper = mapper;
        this.canonical = mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /**
     * The input of the request's round: in the stateless era from its {@code inputResponses} and {@code requestState};
     * in the session eras, where the server asks the client itself, always the first round.
     *
     * @param target the tool or prompt name, or the resource URI
     * @throws JsonRpcException invalid params (-32602) for malformed fields, or a state that does not verify
     */
    public RoundInput open(ObjectNode params, Caller caller, McpSession session, String method, String target,
            JsonNode arguments) {
        byte[] binding = RequestStateSeal.digest(principal(caller), method, target, canonical(arguments));
        if (!session.stateless()) {
            return new RoundInput(null, null, session, mapper, binding);
        }
        JsonNode responses = params == null ? null : params.get("inputResponses");
        if (responses != null && !responses.isObject()) {
            throw JsonRpcException.invalidParams("Invalid params: inputResponses must be an object of the client's"
                    + " results by input request key");
        }
        JsonNode sealed = params == null ? null : params.get("requestState");
        String state = null;
        if (sealed != null) {
            if (!sealed.isTextual()) {
                throw JsonRpcException.invalidParams("Invalid params: requestState must be the string the server sent");
            }
            state = seal.open(sealed.textValue(), binding);
            if (state == null) {
                throw JsonRpcException.invalidParams("Invalid params: requestState failed verification (changed,"
                        + " expired, or sent with another request)");
            }
        }
        return new RoundInput((ObjectNode) responses, state, session, mapper, binding);
    }

    /**
     * The {@code InputRequiredResult} of a stateless-era request.
     *
     * @throws MissingClientCapabilityException when a request needs a capability the client did not declare
     */
    public ObjectNode result(InputRequired required, RoundInput round) {
        ObjectNode result = mapper.createObjectNode();
        result.put("resultType", INPUT_REQUIRED);
        if (!required.requests().isEmpty()) {
            ObjectNode requests = result.putObject("inputRequests");
            requests(required, round).forEach(requests::set);
        }
        if (required.requestState() != null) {
            result.put("requestState", seal.seal(required.requestState(), round.binding()));
        }
        return result;
    }

    /**
     * Each request as {@code {method, params}}, by key.
     *
     * @throws MissingClientCapabilityException when a request needs a capability the client did not declare
     */
    public Map<String, ObjectNode> requests(InputRequired required, RoundInput round) {
        Map<String, ObjectNode> requests = new LinkedHashMap<>();
        for (Map.Entry<String, InputRequest> entry : required.requests().entrySet()) {
            InputRequest request = entry.getValue();
            ObjectNode wire = mapper.createObjectNode();
            switch (request.kind()) {
                case ELICITATION_FORM -> {
                    require(round.supportsElicitationForm(), "elicitation", "form elicitation");
                    wire.put("method", "elicitation/create");
                    wire.set("params", ClientRequestBodies.form(request.message(), request.schema(), round.session()));
                }
                case ELICITATION_URL -> {
                    require(round.supportsElicitationUrl(), "elicitation", "URL elicitation");
                    wire.put("method", "elicitation/create");
                    wire.set("params", ClientRequestBodies.url(request.message(), request.url(),
                            request.elicitationId()));
                }
                case SAMPLING -> {
                    require(round.supportsSampling(), "sampling", "sampling");
                    wire.put("method", "sampling/createMessage");
                    wire.set("params", ClientRequestBodies.sampling(request.sampling()));
                }
                case ROOTS -> {
                    require(round.supportsRoots(), "roots", "roots");
                    wire.put("method", "roots/list");
                    wire.putObject("params");
                }
            }
            requests.put(entry.getKey(), wire);
        }
        return requests;
    }

    private static void require(boolean declared, String capability, String what) {
        if (!declared) {
            throw new MissingClientCapabilityException(capability, "The request needs " + what + ", and the client"
                    + " did not declare the " + capability + " capability it needs");
        }
    }

    private static String principal(Caller caller) {
        if (caller == null || !caller.authenticated()) {
            return "";
        }
        return String.valueOf(caller.issuer()) + '\n' + caller.subject() + '\n' + caller.clientId();
    }

    private String canonical(JsonNode arguments) {
        if (arguments == null || arguments.isNull() || (arguments.isObject() && arguments.isEmpty())) {
            return "{}";
        }
        try {
            return canonical.writeValueAsString(mapper.treeToValue(arguments, Object.class));
        } catch (JsonProcessingException e) {
            throw JsonRpcException.invalidParams("Invalid params: the arguments are not valid JSON values");
        }
    }
}
