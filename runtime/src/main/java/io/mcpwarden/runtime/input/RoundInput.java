package io.mcpwarden.runtime.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mcpwarden.ClientInput;
import io.mcpwarden.ClientRequestException;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.Root;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.runtime.exchange.ClientRequestBodies;
import io.mcpwarden.runtime.jsonrpc.JsonRpcException;
import io.mcpwarden.runtime.session.McpSession;

/**
 * The client input of one round of a multi-round-trip request: the answers the request carries (or the server
 * gathered over the session), the verified state, and what the client declared it can answer.
 */
public final class RoundInput implements ClientInput {

    private final ObjectNode responses;
    private final String state;
    private final McpSession session;
    private final ObjectMapper mapper;
    private final byte[] binding;

    RoundInput(ObjectNode responses, String state, McpSession session, ObjectMapper mapper, byte[] binding) {
        this.responses = responses;
        this.state = state;
        this.session = session;
        this.mapper = mapper;
        this.binding = binding;
    }

    /** What a state sealed for the next round is bound to. */
    byte[] binding() {
        return binding;
    }

    McpSession session() {
        return session;
    }

    /**
     * Whether the request is of the stateless era, where a round ends with an {@code InputRequiredResult} to the
     * client; in the session eras the server asks the client itself.
     */
    public boolean stateless() {
        return session.stateless();
    }

    /**
     * The same request in its next round, with the answers the server gathered itself (session era).
     */
    public RoundInput next(ObjectNode gathered, String nextState) {
        return new RoundInput(gathered, nextState, session, mapper, binding);
    }

    @Override
    public Optional<ElicitationResult> elicitation(String key) {
        JsonNode answer = answer(key);
        if (answer == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClientRequestBodies.elicitationResult(answer, mapper));
        } catch (ClientRequestException | IllegalArgumentException e) {
            throw malformed(key, "an elicitation result with a valid action");
        }
    }

    @Override
    public Optional<SamplingResult> sampling(String key) {
        JsonNode answer = answer(key);
        if (answer == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ClientRequestBodies.samplingResult(answer));
        } catch (ClientRequestException e) {
            throw malformed(key, "a sampling result with a role and a content object");
        }
    }

    @Override
    public Optional<List<Root>> roots(String key) {
        JsonNode answer = answer(key);
        if (answer == null) {
            return Optional.empty();
        }
        JsonNode roots = answer.get("roots");
        if (roots == null || !roots.isArray()) {
            throw malformed(key, "a roots list");
        }
        List<Root> listed = new ArrayList<>(roots.size());
        for (JsonNode root : roots) {
            JsonNode uri = root.get("uri");
            JsonNode name = root.get("name");
            if (uri == null || !uri.isTextual() || (name != null && !name.isTextual() && !name.isNull())) {
                throw malformed(key, "a roots list whose roots have a uri string");
            }
            listed.add(new Root(uri.textValue(), name == null || name.isNull() ? null : name.textValue()));
        }
        return Optional.of(List.copyOf(listed));
    }

    @Override
    public Optional<String> state() {
        return Optional.ofNullable(state);
    }

    @Override
    public boolean supportsElicitationForm() {
        if (!session.clientDeclared("elicitation")) {
            return false;
        }
        JsonNode declared = session.clientCapabilities().get("elicitation");
        return declared.isEmpty() || declared.has("form");
    }

    @Override
    public boolean supportsElicitationUrl() {
        return session.clientDeclared("elicitation") && session.clientCapabilities().get("elicitation").has("url");
    }

    @Override
    public boolean supportsSampling() {
        return session.clientDeclared("sampling");
    }

    @Override
    public boolean supportsRoots() {
        return session.clientDeclared("roots");
    }

    private JsonNode answer(String key) {
        JsonNode answer = responses == null || key == null ? null : responses.get(key);
        if (answer == null || answer.isNull()) {
            return null;
        }
        if (!answer.isObject()) {
            throw malformed(key, "an object");
        }
        return answer;
    }

    private static JsonRpcException malformed(String key, String expected) {
        String shown = key.length() <= 64 ? key : key.substring(0, 64) + "...";
        return JsonRpcException.invalidParams("Invalid params: inputResponses['" + shown + "'] must be " + expected);
    }
}
