package io.mcpwarden.runtime.invocation;

import java.util.concurrent.CompletionStage;

/**
 * A method call in progress that can be stopped from outside (a timeout): the thread running a synchronous method is
 * interrupted, the asynchronous result a method returned is cancelled. A thread is interrupted only while it runs this
 * call, never after it went back to its pool, and never an event-loop thread.
 */
public final class RunningInvocation {

    private Thread thread;
    private CompletionStage<?> asyncResult;
    private boolean stopped;

    /**
     * The current thread starts running the method.
     */
    synchronized void entered(Thread current) {
        thread = current;
        if (stopped) {
            current.interrupt();
        }
    }

    /**
     * The method returned (or threw) on the thread that {@link #entered(Thread)}. Clears an interrupt this object sent,
     * so that the pooled thread's next task starts clean.
     */
    void exited() {
        synchronized (this) {
            thread = null;
        }
        if (stopped) {
            Thread.interrupted();
        }
    }

    synchronized void asyncResult(CompletionStage<?> stage) {
        asyncResult = stage;
        if (stopped) {
            cancel(stage);
        }
    }

    /**
     * Stops the call: interrupts the thread running it, cancels its asynchronous result.
     */
    public void stop() {
        CompletionStage<?> stage;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            if (thread != null) {
                thread.interrupt();
            }
            stage = asyncResult;
        }
        if (stage != null) {
            cancel(stage);
        }
    }

    private static void cancel(CompletionStage<?> stage) {
        try {
            stage.toCompletableFuture().cancel(true);
        } catch (UnsupportedOperationException e) {
            // a stage that cannot be cancelled from outside: its result is dropped instead
        }
    }
}
