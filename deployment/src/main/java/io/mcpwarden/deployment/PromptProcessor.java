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

import io.mcpwarden.runtime.WardenRecorder;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.prompts.PromptCatalog;
import io.mcpwarden.runtime.prompts.PromptMetadata;
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
 * Finds {@code @Prompt} methods, validates them and their access rules (reporting every problem in one build
 * failure), generates their invokers and hands the result to the runtime as the prompt catalog.
 */
class PromptProcessor {

    @BuildStep
    AutoAddScopeBuildItem makePromptClassesBeans() {
        return AutoAddScopeBuildItem.builder()
                .containsAnnotations(PromptTypes.PROMPT)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @Prompt methods")
                .build();
    }

    /**
     * Prompt methods are entry points, like tool methods: {@code @Blocking}, {@code @NonBlocking} and
     * {@code @RunOnVirtualThread} on them choose the thread they run on.
     */
    @BuildStep
    ExecutionModelAnnotationsAllowedBuildItem allowExecutionModelAnnotationsOnPrompts() {
        return new ExecutionModelAnnotationsAllowedBuildItem(
                method -> method.hasDeclaredAnnotation(PromptTypes.PROMPT));
    }

    @BuildStep
    void collectPrompts(BeanRegistrationPhaseBuildItem registration, InvokerFactoryBuildItem invokers,
            BeanArchiveIndexBuildItem beanArchive, WardenBuildTimeConfig config,
            BuildProducer<PromptBuildItem> prompts, BuildProducer<ValidationErrorBuildItem> validationErrors) {
        AnnotationStore annotations = registration.getContext().get(BuildExtension.Key.ANNOTATION_STORE);
        PromptMethodReader reader = new PromptMethodReader(annotations);
        PromptAccessReader access = new PromptAccessReader(config.scopes().keySet());
        Map<DotName, BeanInfo> beansByClass = Declarations.classBeans(registration);

        List<String> errors = new ArrayList<>();
        Map<String, List<String>> methodsByPromptName = new LinkedHashMap<>();
        for (AnnotationInstance prompt : Declarations.onMethods(beanArchive.getIndex(), PromptTypes.PROMPT)) {
            MethodInfo method = prompt.target().asMethod();
            methodsByPromptName.computeIfAbsent("@Prompt name '" + PromptMethodReader.promptName(prompt, method) + "'",
                    n -> new ArrayList<>())
                    .add(ToolMethodReader.describe(method));
            BeanInfo bean = beansByClass.get(method.declaringClass().name());
            if (bean == null) {
                errors.add("@Prompt method must be declared on a CDI bean class (a concrete class, not an interface, "
                        + "an abstract class or a class without a usable constructor): "
                        + ToolMethodReader.describe(method));
                continue;
            }
            PromptMetadata metadata = reader.read(method, prompt, access.read(method, errors), errors);
            if (metadata != null) {
                InvokerBuilder invoker = invokers.createInvoker(bean, method).withInstanceLookup();
                if (method.returnType().name().equals(DotNames.UNI)) {
                    invoker.withReturnValueTransformer(Uni.class, "subscribeAsCompletionStage");
                }
                prompts.produce(new PromptBuildItem(metadata, invoker.build()));
            }
        }
        Declarations.reportDuplicates(methodsByPromptName, errors);
        Declarations.failOn(errors, "Invalid MCP prompt declarations:", validationErrors);
    }

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    SyntheticBeanBuildItem registerPromptCatalog(WardenRecorder recorder, RecorderContext recorderContext,
            List<PromptBuildItem> prompts) {
        List<PromptMetadata> metadata = new ArrayList<>(prompts.size());
        List<RuntimeValue<Invoker<Object, Object>>> invokers = new ArrayList<>(prompts.size());
        for (PromptBuildItem prompt : prompts) {
            metadata.add(prompt.metadata());
            invokers.add(recorderContext.newInstance(prompt.invoker().getClassName()));
        }
        return SyntheticBeanBuildItem.configure(PromptCatalog.class)
                .scope(Singleton.class)
                .unremovable()
                .supplier(recorder.promptCatalog(metadata, invokers))
                .done();
    }
}
