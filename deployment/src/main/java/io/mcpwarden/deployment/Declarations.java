package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;
import org.jboss.jandex.MethodInfo;

import io.quarkus.arc.deployment.BeanRegistrationPhaseBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.arc.processor.BeanInfo;
import io.quarkus.deployment.annotations.BuildProducer;

/**
 * What the processors of tools, prompts and resources share: the annotated methods in a stable order, the beans that
 * declare them, duplicate names, and the one build failure that lists every problem found.
 */
final class Declarations {

    private static final Comparator<AnnotationInstance> DECLARATION_ORDER = Comparator
            .comparing((AnnotationInstance a) -> a.target().asMethod().declaringClass().name().toString())
            .thenComparing(a -> a.target().asMethod().name())
            .thenComparing(a -> a.target().asMethod().parameterTypes().toString())
            .thenComparing(a -> a.name().toString());

    private Declarations() {
    }

    /**
     * The annotations of these types on methods, each method once per annotation type, sorted by class, method,
     * parameters and annotation, so that the build reports errors (and registers features) in the same order every
     * time.
     */
    static List<AnnotationInstance> onMethods(IndexView index, DotName... annotationTypes) {
        Set<String> visited = new HashSet<>();
        List<AnnotationInstance> result = new ArrayList<>();
        for (DotName type : annotationTypes) {
            for (AnnotationInstance annotation : index.getAnnotations(type)) {
                if (annotation.target().kind() != AnnotationTarget.Kind.METHOD) {
                    continue;
                }
                MethodInfo method = annotation.target().asMethod();
                if (visited.add(type + " " + ToolMethodReader.describe(method) + " " + method.parameterTypes())) {
                    result.add(annotation);
                }
            }
        }
        result.sort(DECLARATION_ORDER);
        return result;
    }

    /**
     * The class beans of the application by bean class: a feature method needs one to be invoked on.
     */
    static Map<DotName, BeanInfo> classBeans(BeanRegistrationPhaseBuildItem registration) {
        Map<DotName, BeanInfo> beansByClass = new LinkedHashMap<>();
        for (BeanInfo bean : registration.getContext().beans().classBeans()) {
            beansByClass.put(bean.getBeanClass(), bean);
        }
        return beansByClass;
    }

    /**
     * Adds an error for every key (such as {@code @Tool name 'x'}) that more than one method declares.
     */
    static void reportDuplicates(Map<String, List<String>> methodsByKey, List<String> errors) {
        methodsByKey.forEach((key, methods) -> {
            if (methods.size() > 1) {
                errors.add("Duplicate " + key + ": " + String.join(", ", methods));
            }
        });
    }

    /**
     * Fails the build with every problem found, under one heading, or does nothing when there is none.
     */
    static void failOn(List<String> errors, String heading, BuildProducer<ValidationErrorBuildItem> validationErrors) {
        if (!errors.isEmpty()) {
            validationErrors.produce(new ValidationErrorBuildItem(
                    new IllegalStateException(heading + "\n\t- " + String.join("\n\t- ", errors))));
        }
    }
}
