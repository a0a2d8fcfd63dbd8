package io.mcpwarden.runtime.invocation;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;

import jakarta.enterprise.invoke.Invoker;

import io.mcpwarden.auth.Caller;
import io.mcpwarden.runtime.auth.CallerScope;
import io.mcpwarden.runtime.tools.ExecutionModel;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableContext;
import io.quarkus.arc.ManagedContext;
import io.vertx.core.Vertx;

/**
 * Runs one generated invoker (of a tool, prompt or resource method) the way every entry point runs: on the thread its
 * execution model asks for, in a request context of its own in which the caller is visible, waiting for an
 * asynchronous result before the context ends.
 */
public final class ManagedInvocation {

    private final Vertx vertx;
    private final Executor virtualThreads;
    private final CallerScope callerScope = new CallerScope();

    public ManagedInvocation(Vertx vertx, Executor virtualThreads) {
        this.vertx = vertx;
        this.virtualThreads = virtualThreads;
    }

    /**
     * Starts the call; the stage completes with what the method produced (the value of its {@code CompletionStage}
     * when {@code async}) or with its failure, unwrapped.
     *
     * @param guard runs in the request context just before the method; a non-null failure it returns ends the call
     *        without running the method (argument-aware authorization)
     */
    public CompletionStage<Object> run(ExecutionModel model, boolean async, Invoker<Object, Object> invoker,
            Object[] arguments, Caller caller, Supplier<? extends Throwable> guard) {
        return run(model, async, invoker, arguments, caller, guard, null);
    }

    /**
     * Starts the call as {@link #run(ExecutionModel, boolean, Invoker, Object[], Caller, Supplier)} does, and hands
     * the method's asynchronous result, when it returns one, to {@code asyncStarted} (so that it can be cancelled).
     */
    public CompletionStage<Object> run(ExecutionModel model, boolean async, Invoker<Object, Object> invoker,
            Object[] arguments, Caller caller, Supplier<? extends Throwable> guard,
            Consumer<CompletionStage<?>> asyncStarted) {
        return run(model, async, invoker, arguments, caller, guard, asyncStarted, null);
    }

    /**
     * Starts the call as {@link #run(ExecutionModel, boolean, Invoker, Object[], Caller, Supplier, Consumer)} does,
     * and lets {@code running} stop it: interrupt its thread (not on the event loop) or cancel its asynchronous
     * result.
     */
    public CompletionStage<Object> run(ExecutionModel model, boolean async, Invoker<Object, Object> invoker,
            Object[] arguments, Caller caller, Supplier<? extends Throwable> guard,
            Consumer<CompletionStage<?>> asyncStarted, RunningInvocation running) {
        CompletableFuture<Object> outcome = new CompletableFuture<>();
        RunningInvocation interruptible = model == ExecutionModel.EVENT_LOOP ? null : running;
        Consumer<CompletionStage<?>> started = running == null ? asyncStarted : stage -> {
            running.asyncResult(stage);
            if (asyncStarted != null) {
                asyncStarted.accept(stage);
            }
        };
        Runnable call = () -> {
            if (interruptible == null) {
                invoke(async, invoker, arguments, caller, guard, outcome, started);
                return;
            }
            interruptible.entered(Thread.currentThread());
            try {
                invoke(async, invoker, arguments, caller, guard, outcome, started);
            } finally {
                interruptible.exited();
            }
        };
        switch (model) {
            case EVENT_LOOP -> call.run();
            case WORKER -> vertx.executeBlocking(() -> {
                call.run();
                return null;
            }, false);
            case VIRTUAL_THREAD -> virtualThreads.execute(call);
        }
        return outcome;
    }

    private void invoke(boolean async, Invoker<Object, Object> invoker, Object[] arguments, Caller caller,
            Supplier<? extends Throwable> guard, CompletableFuture<Object> outcome,
            Consumer<CompletionStage<?>> asyncStarted) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        boolean completesLater = false;
        try {
            callerScope.enter(caller);
            Throwable refusal = guard == null ? null : guard.get();
            if (refusal != null) {
                outcome.completeExceptionally(refusal);
                return;
            }
            Object returned = invoker.invoke(null, arguments);
            if (async && returned != null) {
                InjectableContext.ContextState state = requestContext.getState();
                completesLater = true;
                if (asyncStarted != null) {
                    asyncStarted.accept((CompletionStage<?>) returned);
                }
                ((CompletionStage<?>) returned).whenComplete((value, failure) -> {
                    requestContext.destroy(state);
                    complete(outcome, value, failure);
                });
            } else {
                outcome.complete(returned);
            }
        } catch (Throwable failure) {
            outcome.completeExceptionally(unwrap(failure));
        } finally {
            if (completesLater) {
                requestContext.deactivate();
            } else {
                requestContext.terminate();
            }
        }
    }

    private static void complete(CompletableFuture<Object> outcome, Object value, Throwable failure) {
        if (failure != null) {
            outcome.completeExceptionally(unwrap(failure));
        } else {
            outcome.complete(value);
        }
    }

    /**
     * The failure behind {@link CompletionException} and {@link ExecutionException} wrappers.
     */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }
}
