package io.mcpwarden.conformance;

import java.util.concurrent.CompletionStage;

import io.mcpwarden.Elicitation;
import io.mcpwarden.ElicitationSchema;
import io.mcpwarden.McpLog;
import io.mcpwarden.Progress;
import io.mcpwarden.Sampling;
import io.mcpwarden.SamplingRequest;
import io.mcpwarden.SamplingResult;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;

/**
 * The diagnostic tools the {@code server-stateless} scenario of the 2026-07-28 run calls: one that needs a client
 * capability (answered with -32021 when the request's {@code _meta} does not declare it), one that streams before it
 * asks the user for input (the server must never put a request of its own on the stream), and one that logs (nothing
 * may reach a client that did not ask for a log level); and the tool {@code http-custom-header-server-validation}
 * looks for, whose argument is mirrored into the {@code Mcp-Param-Region} header.
 */
public class StatelessEraTools {

    @Tool(name = "test_missing_capability", description = "Needs the client's sampling capability.")
    CompletionStage<String> missingCapability(Sampling sampling) {
        return sampling.createMessage(SamplingRequest.builder().user("Say hello").maxTokens(10).build())
                .thenApply(SamplingResult::text);
    }

    @Tool(name = "test_streaming_elicitation", description = "Reports progress, then asks the user for a name.")
    CompletionStage<String> streamingElicitation(Progress progress, Elicitation elicitation) {
        progress.report(0, 1.0, "Asking the user");
        ElicitationSchema form = ElicitationSchema.builder().string("name", "Name", null, true).build();
        return elicitation.form("What is your name?", form).thenApply(answer -> "Hello " + answer.content());
    }

    @Tool(name = "test_logging_tool", description = "Sends an info log message, then answers.")
    String loggingTool(McpLog log) {
        log.info("test_logging_tool ran");
        return "Logged";
    }

    @Tool(name = "test_param_header", description = "Answers with the region it was routed to.")
    String paramHeader(@ToolArg(header = "Region", description = "The region to route to") String region) {
        return "Routed to " + region;
    }
}
