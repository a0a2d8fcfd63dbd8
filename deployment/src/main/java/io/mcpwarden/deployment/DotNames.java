package io.mcpwarden.deployment;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.jboss.jandex.DotName;

import io.mcpwarden.AudioContent;
import io.mcpwarden.Content;
import io.mcpwarden.EmbeddedResource;
import io.mcpwarden.ImageContent;
import io.mcpwarden.ResourceLink;
import io.mcpwarden.TextContent;
import io.mcpwarden.Tool;
import io.mcpwarden.ToolArg;
import io.mcpwarden.ToolResult;
import io.mcpwarden.auth.Caller;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.common.annotation.NonBlocking;
import io.smallrye.common.annotation.RunOnVirtualThread;
import io.smallrye.mutiny.Uni;

/**
 * Names of the types the build steps look for.
 */
final class DotNames {

    static final DotName TOOL = DotName.createSimple(Tool.class);
    static final DotName TOOL_ARG = DotName.createSimple(ToolArg.class);
    static final DotName CALLER = DotName.createSimple(Caller.class);
    /** The parameter types a tool method may declare to talk with the client while it runs, or to begin its task. */
    static final java.util.Set<DotName> EXCHANGE_TYPES = java.util.Set.of(
            DotName.createSimple(io.mcpwarden.McpLog.class), DotName.createSimple(io.mcpwarden.Progress.class),
            DotName.createSimple(io.mcpwarden.Cancellation.class), DotName.createSimple(io.mcpwarden.Sampling.class),
            DotName.createSimple(io.mcpwarden.Elicitation.class), DotName.createSimple(io.mcpwarden.TaskStart.class));
    /** The parameter type a tool, prompt or resource method declares to read the client's multi-round-trip input. */
    static final DotName CLIENT_INPUT = DotName.createSimple(io.mcpwarden.ClientInput.class);
    static final DotName TOOL_RESULT = DotName.createSimple(ToolResult.class);
    static final DotName UNI = DotName.createSimple(Uni.class);
    static final DotName COMPLETION_STAGE = DotName.createSimple(CompletionStage.class);
    static final DotName COMPLETABLE_FUTURE = DotName.createSimple(CompletableFuture.class);
    static final DotName BLOCKING = DotName.createSimple(Blocking.class);
    static final DotName NON_BLOCKING = DotName.createSimple(NonBlocking.class);
    static final DotName RUN_ON_VIRTUAL_THREAD = DotName.createSimple(RunOnVirtualThread.class);
    static final DotName LIST = DotName.createSimple(List.class);
    static final DotName VOID = DotName.createSimple(Void.class);
    static final Set<DotName> CONTENT_TYPES = Set.of(DotName.createSimple(Content.class),
            DotName.createSimple(TextContent.class), DotName.createSimple(ImageContent.class),
            DotName.createSimple(AudioContent.class), DotName.createSimple(EmbeddedResource.class),
            DotName.createSimple(ResourceLink.class));

    /**
     * Whether a return type completes later: {@code Uni}, {@code CompletionStage} or {@code CompletableFuture}.
     */
    static boolean isAsync(org.jboss.jandex.Type type) {
        DotName name = type.name();
        return name.equals(UNI) || name.equals(COMPLETION_STAGE) || name.equals(COMPLETABLE_FUTURE);
    }

    private DotNames() {
    }
}
