package io.mcpwarden;

import java.util.List;
import java.util.Optional;

/**
 * The client's answers to the requests a method asked with {@link InputRequired}, and the state it carried to this
 * round. Declare a parameter of this type on a {@link Tool} or {@link Prompt} method; the server
 * supplies it (it is not an argument). On the first round there are no answers and no state.
 * <p>
 * Answers are client input like any argument: a client may send an answer it was never asked for, or none. Read
 * only the keys you asked, and ask again ({@link InputRequired}) when one is missing. An answer of the wrong shape
 * makes the accessor fail with an invalid-params error to the client.
 */
public interface ClientInput {

    /**
     * The answer to the elicitation asked under {@code key}, or empty.
     */
    Optional<ElicitationResult> elicitation(String key);

    /**
     * The answer to the sampling request asked under {@code key}, or empty.
     */
    Optional<SamplingResult> sampling(String key);

    /**
     * The roots the client listed in answer to the request asked under {@code key}, or empty.
     */
    Optional<List<Root>> roots(String key);

    /**
     * The state the previous round carried ({@link InputRequired#withState(String)}), verified; empty on the first
     * round.
     */
    Optional<String> state();

    /**
     * Whether the client accepts form-mode elicitation requests.
     */
    boolean supportsElicitationForm();

    /**
     * Whether the client accepts URL-mode elicitation requests.
     */
    boolean supportsElicitationUrl();

    /**
     * Whether the client accepts sampling requests.
     */
    boolean supportsSampling();

    /**
     * Whether the client lists its roots.
     */
    boolean supportsRoots();
}
