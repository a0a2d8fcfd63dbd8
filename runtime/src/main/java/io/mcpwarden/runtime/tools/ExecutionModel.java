package io.mcpwarden.runtime.tools;

/**
 * The thread a tool method runs on; decided at build time.
 */
public enum ExecutionModel {
    /** The Vert.x event loop: for non-blocking methods returning {@code Uni} or {@code CompletionStage}. */
    EVENT_LOOP,
    /** A worker thread: the default for methods returning a plain value. */
    WORKER,
    /** A virtual thread: for methods annotated {@code @RunOnVirtualThread}. */
    VIRTUAL_THREAD
}
