package io.mcpwarden;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Thrown by a tool or prompt method (with a {@link ClientInput} parameter) that needs the client's input before it
 * can finish: the client is asked the {@link #requests() requests} and then calls again with the answers, which the
 * method reads from {@link ClientInput}. This is the multi-round-trip pattern of MCP 2026-07-28
 * ({@code InputRequiredResult}). With clients of the older revisions the server sends a tool's requests over the
 * session and calls the tool again itself, so one tool serves every client; a prompt can ask only in 2026-07-28.
 * <p>
 * The method runs afresh on every round: keep what an earlier round learned in the {@link #withState(String) state},
 * which comes back as {@link ClientInput#state()}. The server seals the state (encrypted and authenticated) and binds
 * it to the caller, the method and its arguments, and to a short lifetime; a client can neither read, change nor
 * replay it elsewhere. A state that must be used at most once still needs a server-side check.
 *
 * <pre>{@code
 * @Tool(description = "Greets the user by name")
 * String greet(ClientInput input) {
 *     return input.elicitation("name")
 *             .filter(ElicitationResult::accepted)
 *             .map(answer -> "Hello, " + answer.content().get("name") + "!")
 *             .orElseThrow(() -> InputRequired.of("name", InputRequest.form("What is your name?",
 *                     ElicitationSchema.builder().string("name", "Name", null, true).build())));
 * }
 * }</pre>
 */
public final class InputRequired extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private final transient Map<String, InputRequest> requests;
    private final String state;

    private InputRequired(Map<String, InputRequest> requests, String state) {
        super("The client's input is required", null, false, false);
        this.requests = requests;
        this.state = state;
    }

    /**
     * Asks one request under {@code key}, the name its answer has in {@link ClientInput}.
     *
     * @throws IllegalArgumentException when the key is not 1 to 64 characters from A-Z a-z 0-9 _ - . :
     */
    public static InputRequired of(String key, InputRequest request) {
        return new InputRequired(Map.of(), null).and(key, request);
    }

    /**
     * Asks nothing, and only carries {@code state} to the next round: the client retries at once.
     */
    public static InputRequired state(String state) {
        return new InputRequired(Map.of(), Objects.requireNonNull(state, "state"));
    }

    /**
     * These requests and one more under {@code key}.
     *
     * @throws IllegalArgumentException for an invalid or repeated key
     */
    public InputRequired and(String key, InputRequest request) {
        Objects.requireNonNull(request, "request");
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("An input request key must be 1 to 64 characters from A-Z a-z 0-9 _ - . :");
        }
        if (requests.containsKey(key)) {
            throw new IllegalArgumentException("The input request key '" + key + "' is used twice");
        }
        Map<String, InputRequest> more = new LinkedHashMap<>(requests);
        more.put(key, request);
        return new InputRequired(Collections.unmodifiableMap(more), state);
    }

    /**
     * These requests, carrying {@code state} to the next round (replacing any state set before).
     */
    public InputRequired withState(String state) {
        return new InputRequired(requests, Objects.requireNonNull(state, "state"));
    }

    /**
     * The requests by key, in the order they were added.
     */
    public Map<String, InputRequest> requests() {
        return requests;
    }

    /**
     * The state for the next round, or null.
     */
    public String requestState() {
        return state;
    }
}
