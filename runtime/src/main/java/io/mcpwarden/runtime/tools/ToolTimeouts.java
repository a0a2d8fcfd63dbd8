package io.mcpwarden.runtime.tools;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;

import io.mcpwarden.runtime.invocation.RunningInvocation;
import io.vertx.core.Vertx;

/**
 * Bounds how long a tool call runs: past its timeout the caller gets a tool error result and the call is stopped
 * (see {@link RunningInvocation}). A call that completed while it was started (a tool on the event loop) costs no
 * timer.
 */
public final class ToolTimeouts {

    private static final Logger LOG = Logger.getLogger(ToolTimeouts.class);

    private final Vertx vertx;
    private final long defaultMillis;
    private final Map<String, Duration> perTool;

    public ToolTimeouts(Vertx vertx, Duration defaultTimeout, Map<String, Duration> perTool) {
        this.vertx = vertx;
        this.defaultMillis = Math.max(1, defaultTimeout.toMillis());
        this.perTool = Map.copyOf(perTool);
    }

    long millisFor(String tool) {
        Duration timeout = perTool.get(tool);
        return timeout == null ? defaultMillis : Math.max(1, timeout.toMillis());
    }

    /**
     * The call's result, or a tool error result once its timeout has passed; on timeout, {@code running} is stopped and
     * then {@code afterTimeout} (may be null) runs.
     */
    CompletionStage<JsonNode> bound(String tool, CompletionStage<JsonNode> result, RunningInvocation running,
            Runnable afterTimeout) {
        CompletableFuture<JsonNode> call = result.toCompletableFuture();
        if (call.isDone()) {
            return call;
        }
        long millis = millisFor(tool);
        CompletableFuture<JsonNode> bounded = new CompletableFuture<>();
        long timer = vertx.setTimer(millis, id -> {
            if (bounded.complete(ToolResultEncoder.error("The tool '" + tool + "' did not finish within "
                    + describe(millis) + " and was stopped."))) {
                LOG.warnf("Tool '%s' did not finish within %s: the caller got an error and the call was stopped",
                        tool, describe(millis));
                running.stop();
                if (afterTimeout != null) {
                    afterTimeout.run();
                }
            }
        });
        call.whenComplete((value, failure) -> {
            vertx.cancelTimer(timer);
            if (failure != null) {
                bounded.completeExceptionally(failure);
            } else {
                bounded.complete(value);
            }
        });
        return bounded;
    }

    /**
     * Runs {@code onTimeout} with the tool error result once the tool's timeout has passed, unless the returned
     * disarm action runs first.
     */
    Runnable arm(String tool, java.util.function.Consumer<JsonNode> onTimeout) {
        long millis = millisFor(tool);
        long timer = vertx.setTimer(millis, id -> {
            LOG.warnf("Tool '%s' did not finish within %s: its task got an error and the call was stopped", tool,
                    describe(millis));
            onTimeout.accept(ToolResultEncoder.error("The tool '" + tool + "' did not finish within "
                    + describe(millis) + " and was stopped."));
        });
        return () -> vertx.cancelTimer(timer);
    }

    static String describe(long millis) {
        if (millis % 60_000 == 0) {
            long minutes = millis / 60_000;
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        if (millis % 1000 == 0) {
            long seconds = millis / 1000;
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        return millis + " ms";
    }
}
