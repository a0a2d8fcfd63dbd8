package io.mcpwarden.conformance;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionStage;

import io.mcpwarden.Elicitation;
import io.mcpwarden.ElicitationResult;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.McpLog;
import io.mcpwarden.Progress;
import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;

/**
 * The tools of the conformance suite that talk to the client while they run: log messages, progress, sampling and
 * elicitation (see {@code docs/guide/client-interaction.md}).
 */
public class ClientInteractionTools {

    /** The pause between two messages: the scenarios check that a client receives messages sent over time. */
    private static final long STEP_MILLIS = 50;

    @Tool(name = "test_tool_with_logging", description = "Sends three info log messages while it runs.")
    String toolWithLogging(McpLog log) throws InterruptedException {
        log.info("Tool execution started");
        Thread.sleep(STEP_MILLIS);
        log.info("Tool processing data");
        Thread.sleep(STEP_MILLIS);
        log.info("Tool execution completed");
        return "Tool with logging executed successfully";
    }

    @Tool(name = "test_tool_with_progress", description = "Reports progress 0, 50 and 100 of 100 while it runs.")
    String toolWithProgress(Progress progress) throws InterruptedException {
        progress.report(0, 100.0, "Starting");
        Thread.sleep(STEP_MILLIS);
        progress.report(50, 100.0, "Half way");
        Thread.sleep(STEP_MILLIS);
        progress.report(100, 100.0, "Done");
        return "Tool with progress executed successfully";
    }

    @Tool(name = "test_sampling", description = "Asks the client's language model to answer a prompt.")
    CompletionStage<String> sampling(@ToolArg(description = "The prompt to send to the LLM") String prompt,
            Sampling sampling) {
        return sampling.createMessage(SamplingRequest.builder().user(prompt).maxTokens(100).build())
                .thenApply(SamplingResult::text).thenApply(text -> "LLM response: " + text);
    }

    @Tool(name = "test_elicitation", description = "Asks the user for a username and an email address.")
    CompletionStage<String> elicitation(@ToolArg(description = "The message to show the user") String message,
            Elicitation elicitation) {
        ElicitationSchema form = ElicitationSchema.builder()
                .string("username", null, null, true).describe("User's response")
                .string("email", null, null, true).describe("User's email address")
                .build();
        return elicitation.form(message, form).thenApply(answer -> "User response: " + describe(answer));
    }

    @Tool(name = "test_elicitation_sep1034_defaults", description = "Asks for a form whose fields all have defaults (SEP-1034).")
    CompletionStage<String> elicitationWithDefaults(Elicitation elicitation) {
        ElicitationSchema form = ElicitationSchema.builder()
                .string("name", "Name", "John Doe", false)
                .integer("age", "Age", null, null, 30, false)
                .number("score", "Score", null, null, 95.5, false)
                .singleSelect("status", "Status", List.of("active", "inactive", "pending"), null, "active", false)
                .bool("verified", "Verified", true, false)
                .build();
        return elicitation.form("Please review the defaults", form)
                .thenApply(answer -> "Elicitation completed: " + describe(answer));
    }

    @Tool(name = "test_elicitation_sep1330_enums", description = "Asks for a form with the five kinds of enum fields (SEP-1330).")
    CompletionStage<String> elicitationWithEnums(Elicitation elicitation) {
        ElicitationSchema form = ElicitationSchema.builder()
                .singleSelect("untitledSingle", "Untitled single-select", List.of("option1", "option2", "option3"), null,
                        null, false)
                .singleSelect("titledSingle", "Titled single-select", List.of("value1", "value2", "value3"),
                        List.of("First Option", "Second Option", "Third Option"), null, false)
                .singleSelectWithEnumNames("legacyEnum", "Legacy titled single-select", List.of("opt1", "opt2", "opt3"),
                        List.of("Option One", "Option Two", "Option Three"), null, false)
                .multiSelect("untitledMulti", "Untitled multi-select", List.of("option1", "option2", "option3"), null,
                        null, false)
                .multiSelect("titledMulti", "Titled multi-select", List.of("value1", "value2", "value3"),
                        List.of("First Choice", "Second Choice", "Third Choice"), null, false)
                .build();
        return elicitation.form("Please choose", form).thenApply(answer -> "Elicitation completed: " + describe(answer));
    }

    private static String describe(ElicitationResult answer) {
        return "action=" + answer.action().name().toLowerCase(Locale.ROOT) + ", content=" + answer.content();
    }
}
