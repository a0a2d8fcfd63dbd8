package io.mcpwarden.deployment;

import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.MethodInfo;

import io.mcpwarden.runtime.tools.ExecutionModel;
import io.quarkus.arc.processor.AnnotationStore;

/**
 * Chooses the thread an annotated entry point ({@code @Tool}, {@code @Prompt}, {@code @Resource}) runs on, from
 * {@code @RunOnVirtualThread}, {@code @Blocking} and {@code @NonBlocking} on the method or its class, else from
 * whether it returns a value later.
 */
final class ExecutionModels {

    private ExecutionModels() {
    }

    static ExecutionModel of(AnnotationStore annotations, MethodInfo method, boolean async) {
        ClassInfo declaring = method.declaringClass();
        if (annotations.hasAnnotation(method, DotNames.RUN_ON_VIRTUAL_THREAD)
                || declaring.hasDeclaredAnnotation(DotNames.RUN_ON_VIRTUAL_THREAD)) {
            return ExecutionModel.VIRTUAL_THREAD;
        }
        if (annotations.hasAnnotation(method, DotNames.BLOCKING)) {
            return ExecutionModel.WORKER;
        }
        if (annotations.hasAnnotation(method, DotNames.NON_BLOCKING)) {
            return ExecutionModel.EVENT_LOOP;
        }
        if (declaring.hasDeclaredAnnotation(DotNames.BLOCKING)) {
            return ExecutionModel.WORKER;
        }
        if (declaring.hasDeclaredAnnotation(DotNames.NON_BLOCKING)) {
            return ExecutionModel.EVENT_LOOP;
        }
        return async ? ExecutionModel.EVENT_LOOP : ExecutionModel.WORKER;
    }
}
