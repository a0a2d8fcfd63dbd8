package io.mcpwarden;

import java.util.concurrent.CancellationException;

/**
 * Tells a tool that the client cancelled its call ({@code notifications/cancelled}). Declare a parameter of this type
 * on a {@link Tool} method; the server supplies it (it is not a tool argument).
 * <p>
 * After a cancellation no response is sent for the call, whatever the tool returns; a tool that returned a
 * {@code Uni} or {@code CompletionStage} has it cancelled. A tool doing long work should check
 * {@link #isCancelled()} (or call {@link #throwIfCancelled()}) between steps, or register {@link #onCancel}.
 *
 * @see <a href="https://modelcontextprotocol.io/specification/2025-11-25/basic/utilities/cancellation">Cancellation</a>
 */
public interface Cancellation {

    boolean isCancelled();

    /**
     * Runs the action once when the call is cancelled (at once if it already is). The action runs on the thread that
     * received the cancellation; keep it short and non-blocking.
     */
    void onCancel(Runnable action);

    /**
     * Throws {@link CancellationException} when the call was cancelled.
     */
    default void throwIfCancelled() {
        if (isCancelled()) {
            throw new CancellationException("The client cancelled this call");
        }
    }
}
