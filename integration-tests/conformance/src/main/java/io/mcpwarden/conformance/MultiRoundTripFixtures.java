package io.mcpwarden.conformance;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import io.mcpwarden.ClientInput;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.InputRequest;
import io.mcpwarden.InputRequired;
import io.mcpwarden.Prompt;
import io.mcpwarden.Root;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.Tool;

/**
 * The multi-round-trip fixtures of the 2026-07-28 run ({@code input-required-result-*}, SEP-2322): tools and a prompt
 * that ask the client for input with {@link InputRequired} and finish once the retry brings the answers.
 */
public class MultiRoundTripFixtures {

    private static final InputRequest NAME = InputRequest.form("What is your name?",
            ElicitationSchema.builder().string("name", "Name", null, true).build());
    private static final InputRequest CONFIRM = InputRequest.form("Please confirm",
            ElicitationSchema.builder().bool("ok", "OK", null, true).build());

    @Tool(name = "test_input_required_result_elicitation", description = "Asks the user for a name, then greets.")
    String elicitation(ClientInput input) {
        return "Hello, " + input.elicitation("user_name").map(answer -> answer.content().get("name"))
                .orElseThrow(() -> InputRequired.of("user_name", NAME)) + "!";
    }

    @Tool(name = "test_input_required_result_sampling", description = "Asks the client's model for a capital.")
    String sampling(ClientInput input) {
        return input.sampling("capital_question").map(SamplingResult::text)
                .orElseThrow(() -> InputRequired.of("capital_question", InputRequest.sampling(SamplingRequest.builder()
                        .user("What is the capital of France?").maxTokens(100).build())));
    }

    @Tool(name = "test_input_required_result_list_roots", description = "Lists the client's roots.")
    String listRoots(ClientInput input) {
        return "Roots: " + input.roots("client_roots").map(MultiRoundTripFixtures::uris)
                .orElseThrow(() -> InputRequired.of("client_roots", InputRequest.roots()));
    }

    @Tool(name = "test_input_required_result_request_state", description = "Asks for a confirmation, with state.")
    String requestState(ClientInput input) {
        boolean stateOk = input.state().filter("awaiting-confirmation"::equals).isPresent();
        return input.elicitation("confirm").filter(answer -> stateOk)
                .map(answer -> "state-ok: confirmed " + answer.content().get("ok"))
                .orElseThrow(() -> InputRequired.of("confirm", CONFIRM).withState("awaiting-confirmation"));
    }

    @Tool(name = "test_input_required_result_tampered_state", description = "Asks for a confirmation, with state.")
    String tamperedState(ClientInput input) {
        return requestState(input);
    }

    @Tool(name = "test_input_required_result_multiple_inputs", description = "Asks for a name, a greeting and roots.")
    String multipleInputs(ClientInput input) {
        var name = input.elicitation("user_name");
        var greeting = input.sampling("greeting");
        var roots = input.roots("client_roots");
        if (name.isEmpty() || greeting.isEmpty() || roots.isEmpty() || input.state().isEmpty()) {
            throw InputRequired.of("user_name", NAME)
                    .and("greeting", InputRequest.sampling(SamplingRequest.builder().user("Generate a greeting")
                            .maxTokens(50).build()))
                    .and("client_roots", InputRequest.roots())
                    .withState("awaiting-three-answers");
        }
        return greeting.get().text() + ", " + name.get().content().get("name") + " (roots: " + uris(roots.get()) + ")";
    }

    @Tool(name = "test_input_required_result_multi_round", description = "Asks for a name, then a colour.")
    String multiRound(ClientInput input) {
        String state = input.state().orElse("");
        if (state.startsWith("name=")) {
            String name = state.substring("name=".length());
            return input.elicitation("step2").map(answer -> name + " likes " + answer.content().get("color"))
                    .orElseThrow(() -> askColour(name));
        }
        Optional<ElicitationResult> step1 = input.elicitation("step1");
        if (step1.isPresent()) {
            throw askColour(String.valueOf(step1.get().content().get("name")));
        }
        throw InputRequired.of("step1", InputRequest.form("Step 1: What is your name?",
                ElicitationSchema.builder().string("name", "Name", null, true).build())).withState("step1");
    }

    private static InputRequired askColour(String name) {
        return InputRequired.of("step2", InputRequest.form("Step 2: What is your favorite color?",
                ElicitationSchema.builder().string("color", "Color", null, true).build())).withState("name=" + name);
    }

    @Tool(name = "test_input_required_result_capabilities", description = "Asks only what the client can answer.")
    String capabilities(ClientInput input) {
        if (input.sampling("question").isPresent() || input.elicitation("user_name").isPresent()
                || input.roots("client_roots").isPresent()) {
            return "Thanks";
        }
        InputRequired required = null;
        if (input.supportsSampling()) {
            required = InputRequired.of("question", InputRequest.sampling(SamplingRequest.builder().user("Say hello")
                    .maxTokens(20).build()));
        }
        if (input.supportsElicitationForm()) {
            required = required == null ? InputRequired.of("user_name", NAME) : required.and("user_name", NAME);
        }
        if (input.supportsRoots()) {
            required = required == null ? InputRequired.of("client_roots", InputRequest.roots())
                    : required.and("client_roots", InputRequest.roots());
        }
        if (required == null) {
            return "The client can answer no input request";
        }
        throw required;
    }

    @Prompt(name = "test_input_required_result_prompt", description = "A prompt that asks the user for its context.")
    String prompt(ClientInput input) {
        return "Write with this context: " + input.elicitation("user_context").filter(ElicitationResult::accepted)
                .map(answer -> answer.content().get("context"))
                .orElseThrow(() -> InputRequired.of("user_context", InputRequest.form(
                        "What context should the prompt use?",
                        ElicitationSchema.builder().string("context", "Context", null, true).build())));
    }

    private static String uris(List<Root> roots) {
        return roots.stream().map(Root::uri).collect(Collectors.joining(", "));
    }
}
