package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

import io.mcpwarden.deployment.schema.ToolSchemaGenerator;
import io.mcpwarden.runtime.WardenRecorder;
import io.mcpwarden.runtime.tools.ToolCatalog;
import io.mcpwarden.runtime.tools.ToolMetadata;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.BeanArchiveIndexBuildItem;
import io.quarkus.arc.deployment.BeanRegistrationPhaseBuildItem;
import io.quarkus.arc.deployment.InvokerFactoryBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.AnnotationStore;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.arc.processor.BuildExtension;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.arc.processor.InvokerBuilder;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.execannotations.ExecutionModelAnnotationsAllowedBuildItem;
import io.quarkus.deployment.recording.RecorderContext;
import io.quarkus.runtime.RuntimeValue;
import io.smallrye.mutiny.Uni;

/**
 * Finds {@code @Tool} methods, validates them (reporting every problem in one build failure), renders their schemas,
 * generates their invokers and hands the result to the runtime as the tool catalog.
 */
class ToolProcessor {

    @BuildStep
    AutoAddScopeBuildItem makeToolClassesBeans() {
        return AutoAddScopeBuildItem.builder()
                .containsAnnotations(DotNames.TOOL)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @Tool methods")
                .build();
    }

    /**
     * Tool methods are entry points: {@code @Blocking}, {@code @NonBlocking} and {@code @RunOnVirtualThread} on them
     * choose the thread a call runs on, which Quarkus otherwise rejects as a misuse on application methods.
     */
    @BuildStep
    ExecutionModelAnnotationsAllowedBuildItem allowExecutionModelAnnotationsOnTools() {
        return new ExecutionModelAnnotationsAllowedBuildItem(method -> method.hasDeclaredAnnotation(DotNames.TOOL));
    }

    @BuildStep
    void collectTools(BeanRegistrationPhaseBuildItem registration, InvokerFactoryBuildItem invokers,
            BeanArchiveIndexBuildItem beanArchive, BuildProducer<ToolBuildItem> tools,
            BuildProducer<ValidationErrorBuildItem> validationErrors) {
        AnnotationStore annotations = registration.getContext().get(BuildExtension.Key.ANNOTATION_STORE);
        ToolMethodReader reader = new ToolMethodReader(beanArchive.getIndex(), annotations, new ToolSchemaGenerator());
        Map<DotName, BeanInfo> beansByClass = new LinkedHashMap<>();
        for (BeanInfo bean : registration.getContext().beans().classBeans()) {
            beansByClass.put(bean.getBeanClass(), bean);
        }

        List<String> errors = new ArrayList<>();
        Map<String, List<String>> methodsByToolName = new LinkedHashMap<>();
        for (AnnotationInstance tool : toolAnnotations(beanArchive)) {
            MethodInfo method = tool.target().asMethod();
            methodsByToolName.computeIfAbsent(ToolMethodReader.toolName(tool, method), n -> new ArrayList<>())
                    .add(ToolMethodReader.describe(method));
            BeanInfo bean = beansByClass.get(method.declaringClass().name());
            if (bean == null) {
                errors.add("@Tool method must be declared on a CDI bean class (a concrete class, not an interface, "
                        + "an abstract class or a class without a usable constructor): "
                        + ToolMethodReader.describe(method));
                continue;
            }
            ToolMetadata metadata = reader.read(method, tool, errors);
            if (metadata != null) {
                InvokerBuilder invoker = invokers.createInvoker(bean, method).withInstanceLookup();
                if (method.returnType().name().equals(DotNames.UNI)) {
                    invoker.withReturnValueTransformer(Uni.class, "subscribeAsCompletionStage");
                }
                tools.produce(new ToolBuildItem(metadata, invoker.build()));
            }
        }
        methodsByToolName.forEach((name, methods) -> {
            if (methods.size() > 1) {
                errors.add("Duplicate @Tool name '" + name + "': " + String.join(", ", methods));
            }
        });
        if (!errors.isEmpty()) {
            validationErrors.produce(new ValidationErrorBuildItem(new IllegalStateException(
                    "Invalid MCP tool declarations:\n\t- " + errors.stream().collect(Collectors.joining("\n\t- ")))));
        }
    }

    /**
     * The {@code @Tool} annotations on methods, in class and method order, so that the build reports errors (and
     * registers tools) in the same order every time.
     */
    private static List<AnnotationInstance> toolAnnotations(BeanArchiveIndexBuildItem beanArchive) {
        Set<MethodInfo> visited = new HashSet<>();
        List<AnnotationInstance> result = new ArrayList<>();
        for (AnnotationInstance tool : beanArchive.getIndex().getAnnotations(DotNames.TOOL)) {
            if (tool.target().kind() == AnnotationTarget.Kind.METHOD && visited.add(tool.target().asMethod())) {
                result.add(tool);
            }
        }
        result.sort(Comparator.comparing((AnnotationInstance a) -> a.target().asMethod().declaringClass().name()
                .toString()).thenComparing(a -> a.target().asMethod().name())
                .thenComparing(a -> a.target().asMethod().parameterTypes().toString()));
        return result;
    }

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    SyntheticBeanBuildItem registerToolCatalog(WardenRecorder recorder, RecorderContext recorderContext,
            List<ToolBuildItem> tools) {
        List<ToolMetadata> metadata = new ArrayList<>(tools.size());
        List<RuntimeValue<Invoker<Object, Object>>> invokers = new ArrayList<>(tools.size());
        for (ToolBuildItem tool : tools) {
            metadata.add(tool.metadata());
            invokers.add(recorderContext.newInstance(tool.invoker().getClassName()));
        }
        return SyntheticBeanBuildItem.configure(ToolCatalog.class)
                .scope(Singleton.class)
                .unremovable()
                .supplier(recorder.toolCatalog(metadata, invokers))
                .done();
    }
}
