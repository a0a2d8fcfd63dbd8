package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
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
        Map<DotName, BeanInfo> beansByClass = Declarations.classBeans(registration);

        List<String> errors = new ArrayList<>();
        Map<String, List<String>> methodsByToolName = new LinkedHashMap<>();
        for (AnnotationInstance tool : Declarations.onMethods(beanArchive.getIndex(), DotNames.TOOL)) {
            MethodInfo method = tool.target().asMethod();
            methodsByToolName.computeIfAbsent("@Tool name '" + ToolMethodReader.toolName(tool, method) + "'",
                    n -> new ArrayList<>())
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
        Declarations.reportDuplicates(methodsByToolName, errors);
        Declarations.failOn(errors, "Invalid MCP tool declarations:", validationErrors);
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
