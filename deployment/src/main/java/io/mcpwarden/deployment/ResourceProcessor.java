package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.mcpwarden.runtime.WardenRecorder;
import io.mcpwarden.runtime.resources.ResourceCatalog;
import io.mcpwarden.runtime.resources.ResourceMetadata;
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
 * Finds {@code @Resource} and {@code @ResourceTemplate} methods, validates them (reporting every problem in one build
 * failure), generates their invokers and hands the result to the runtime as the resource catalog.
 */
class ResourceProcessor {

    @BuildStep
    AutoAddScopeBuildItem makeResourceClassesBeans() {
        return AutoAddScopeBuildItem.builder()
                .containsAnnotations(ResourceTypes.RESOURCE, ResourceTypes.RESOURCE_TEMPLATE)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Found @Resource or @ResourceTemplate methods")
                .build();
    }

    /**
     * Resource methods are entry points, like tool methods: execution-model annotations choose their thread.
     */
    @BuildStep
    ExecutionModelAnnotationsAllowedBuildItem allowExecutionModelAnnotationsOnResources() {
        return new ExecutionModelAnnotationsAllowedBuildItem(method -> method.hasDeclaredAnnotation(
                ResourceTypes.RESOURCE) || method.hasDeclaredAnnotation(ResourceTypes.RESOURCE_TEMPLATE));
    }

    @BuildStep
    void collectResources(BeanRegistrationPhaseBuildItem registration, InvokerFactoryBuildItem invokers,
            BeanArchiveIndexBuildItem beanArchive, BuildProducer<ResourceBuildItem> resources,
            BuildProducer<ValidationErrorBuildItem> validationErrors) {
        AnnotationStore annotations = registration.getContext().get(BuildExtension.Key.ANNOTATION_STORE);
        ResourceMethodReader reader = new ResourceMethodReader(annotations);
        Map<DotName, BeanInfo> beansByClass = Declarations.classBeans(registration);
        List<String> errors = new ArrayList<>();
        Map<String, List<String>> methodsByUri = new LinkedHashMap<>();
        for (AnnotationInstance annotation : resourceAnnotations(beanArchive.getIndex())) {
            MethodInfo method = annotation.target().asMethod();
            String where = ToolMethodReader.describe(method);
            String kind = ResourceMethodReader.annotationName(annotation);
            if (method.hasDeclaredAnnotation(ResourceTypes.RESOURCE)
                    && method.hasDeclaredAnnotation(ResourceTypes.RESOURCE_TEMPLATE)) {
                if (ResourceMethodReader.isTemplate(annotation)) {
                    errors.add("@Resource and @ResourceTemplate exclude each other: keep one of them: " + where);
                }
                continue;
            }
            methodsByUri.computeIfAbsent(kind + " '" + ResourceMethodReader.uri(annotation) + "'",
                    u -> new ArrayList<>()).add(where);
            BeanInfo bean = beansByClass.get(method.declaringClass().name());
            if (bean == null) {
                errors.add(kind + " method must be declared on a CDI bean class (a concrete class, not an interface, "
                        + "an abstract class or a class without a usable constructor): " + where);
                continue;
            }
            ResourceMetadata metadata = reader.read(method, annotation, errors);
            if (metadata != null) {
                InvokerBuilder invoker = invokers.createInvoker(bean, method).withInstanceLookup();
                if (method.returnType().name().equals(DotNames.UNI)) {
                    invoker.withReturnValueTransformer(Uni.class, "subscribeAsCompletionStage");
                }
                resources.produce(new ResourceBuildItem(metadata, invoker.build()));
            }
        }
        Declarations.reportDuplicates(methodsByUri, errors);
        Declarations.failOn(errors, "Invalid MCP resource declarations:", validationErrors);
    }

    /**
     * The {@code @Resource} and {@code @ResourceTemplate} annotations on methods, in declaration order.
     */
    static List<AnnotationInstance> resourceAnnotations(IndexView index) {
        return Declarations.onMethods(index, ResourceTypes.RESOURCE, ResourceTypes.RESOURCE_TEMPLATE);
    }

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    SyntheticBeanBuildItem registerResourceCatalog(WardenRecorder recorder, RecorderContext recorderContext,
            List<ResourceBuildItem> resources) {
        List<ResourceMetadata> metadata = new ArrayList<>(resources.size());
        List<RuntimeValue<Invoker<Object, Object>>> invokers = new ArrayList<>(resources.size());
        for (ResourceBuildItem resource : resources) {
            metadata.add(resource.metadata());
            invokers.add(recorderContext.newInstance(resource.invoker().getClassName()));
        }
        return SyntheticBeanBuildItem.configure(ResourceCatalog.class)
                .scope(Singleton.class)
                .unremovable()
                .supplier(recorder.resourceCatalog(metadata, invokers))
                .done();
    }
}
