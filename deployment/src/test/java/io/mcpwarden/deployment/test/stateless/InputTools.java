package io.mcpwarden.deployment.test.stateless;

import io.mcpwarden.ClientInput;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.InputRequest;
import io.mcpwarden.InputRequired;
import io.mcpwarden.Prompt;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;

/**
 * Tools and a prompt that ask the client for input with {@link InputRequired}, for the multi-round-trip tests.
 */
public class InputTools {

    static final String STATE = "plan: ask for the city next";

    @Tool(description = "Greets the user by name")
    String greet(ClientInput input) {
        return "Hello, " + input.elicitation("name").map(answer -> answer.content().get("name"))
                .orElseThrow(() -> InputRequired.of("name", InputRequest.form("What is your name?",
                        ElicitationSchema.builder().string("name", "Name", null, true).build())))
                + "!";
    }

    @Tool(description = "Asks for a city in the second round, with state")
    String travel(@ToolArg(description = "Who travels") String who, ClientInput input) {
        if (input.state().isEmpty()) {
            throw InputRequired.state(STATE);
        }
        return who + " goes to " + input.elicitation("city").map(answer -> answer.content().get("city"))
                .orElseThrow(() -> InputRequired.of("city", InputRequest.form("Which city?",
                        ElicitationSchema.builder().string("city", "City", null, true).build()))
                        .withState(input.state().get()))
                + " (state: " + input.state().get() + ")";
    }

    @Tool(description = "Asks the client's model, then the user, in one round")
    String summarize(ClientInput input) {
        var summary = input.sampling("summary");
        var ok = input.elicitation("ok");
        if (summary.isEmpty() || ok.isEmpty()) {
            throw InputRequired.of("summary", InputRequest.sampling(SamplingRequest.builder().user("Summarize")
                    .maxTokens(20).build()))
                    .and("ok", InputRequest.form("Publish it?",
                            ElicitationSchema.builder().bool("publish", "Publish", false, true).build()));
        }
        return summary.get().text() + " / " + ok.get().content().get("publish");
    }

    @Tool(description = "Reads the client's roots")
    String roots(ClientInput input) {
        return input.roots("roots").map(list -> list.get(0).uri() + " " + list.get(0).name())
                .orElseThrow(() -> InputRequired.of("roots", InputRequest.roots()));
    }

    @Tool(description = "Never finishes asking")
    String insatiable(ClientInput input) {
        throw InputRequired.state("again " + input.state().orElse(""));
    }

    @Prompt(description = "A prompt that asks for its topic")
    String essay(ClientInput input) {
        return "Write about " + input.elicitation("topic").map(answer -> answer.content().get("topic"))
                .orElseThrow(() -> InputRequired.of("topic", InputRequest.form("Which topic?",
                        ElicitationSchema.builder().string("topic", "Topic", null, true).build())));
    }
}
