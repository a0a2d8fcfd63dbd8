package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.invoke.Invoker;
import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
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

    static final String REPORT = "Invalid MCP resource declarations:";

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
        Map<DotName, BeanInfo> beansByClass = new LinkedHashMap<>();
        for (BeanInfo bean : registration.getContext().beans().classBeans()) {
            beansByClass.put(bean.getBeanClass(), bean);
        }
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
        methodsByUri.forEach((uri, methods) -> {
            if (methods.size() > 1) {
                errors.add("Duplicate " + uri + ": " + String.join(", ", methods));
            }
        });
        if (!errors.isEmpty()) {
            validationErrors.produce(new ValidationErrorBuildItem(new IllegalStateException(
                    REPORT + "\n\t- " + String.join("\n\t- ", errors))));
        }
    }

    /**
     * The {@code @Resource} and {@code @ResourceTemplate} annotations on methods, in class and method order, so that
     * the build reports errors in the same order every time.
     */
    static List<AnnotationInstance> resourceAnnotations(IndexView index) {
        Set<String> visited = new HashSet<>();
        List<AnnotationInstance> result = new ArrayList<>();
        for (DotName name : List.of(ResourceTypes.RESOURCE, ResourceTypes.RESOURCE_TEMPLATE)) {
            for (AnnotationInstance annotation : index.getAnnotations(name)) {
                if (annotation.target().kind() == AnnotationTarget.Kind.METHOD
                        && visited.add(name + " " + ToolMethodReader.describe(annotation.target().asMethod()) + " "
                                + annotation.target().asMethod().parameterTypes())) {
                    result.add(annotation);
                }
            }
        }
        result.sort(Comparator.comparing((AnnotationInstance a) -> a.target().asMethod().declaringClass().name()
                .toString()).thenComparing(a -> a.target().asMethod().name())
                .thenComparing(a -> a.target().asMethod().parameterTypes().toString())
                .thenComparing(a -> a.name().toString()));
        return result;
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
