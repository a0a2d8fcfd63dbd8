package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.MethodInfo;
import org.jboss.jandex.Type;

import io.mcpwarden.runtime.tools.ResultKind;
import io.mcpwarden.runtime.tools.ToolParameter;
import io.quarkus.arc.deployment.BeanArchiveIndexBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveHierarchyBuildItem;

/**
 * Registers what a native image needs for the tools: Jackson reads tool arguments into, and writes structured results
 * from, the application's own types through reflection, which a native image allows only for registered types.
 * <p>
 * The rest of the runtime needs nothing here: protocol messages, schemas, metadata documents and audit records are
 * built as JSON trees (no reflection), schemas are rendered at build time and carried in the recorded tool metadata (no
 * resource files), and the one {@code SecureRandom} (session ids) is created by a bean at run time, never in the image
 * heap. The native build check ({@code build/native-check}) fails the build if that ever changes.
 */
class NativeImageProcessor {

    private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
            "double", "void");

    /**
     * The types of tool arguments and structured results, with everything Jackson reaches from them (record
     * components, fields, getters, nested types): their constructors, fields and methods.
     */
    @BuildStep
    void registerToolJsonTypes(BeanArchiveIndexBuildItem beanArchive,
            BuildProducer<ReflectiveHierarchyBuildItem> hierarchies) {
        for (AnnotationInstance tool : beanArchive.getIndex().getAnnotations(DotNames.TOOL)) {
            if (tool.target().kind() != AnnotationTarget.Kind.METHOD) {
                continue;
            }
            MethodInfo method = tool.target().asMethod();
            String source = "MCP Warden @Tool " + ToolMethodReader.describe(method);
            for (Type parameter : method.parameterTypes()) {
                if (!parameter.name().equals(DotNames.CALLER)) {
                    hierarchies.produce(hierarchy(parameter, beanArchive, source));
                }
            }
            ToolTypes.ReturnShape shape = ToolTypes.classifyReturn(method.returnType(), beanArchive.getIndex());
            if (shape != null && shape.kind() == ResultKind.STRUCTURED) {
                hierarchies.produce(hierarchy(shape.payload(), beanArchive, source));
            }
        }
    }

    private static ReflectiveHierarchyBuildItem hierarchy(Type type, BeanArchiveIndexBuildItem beanArchive,
            String source) {
        return ReflectiveHierarchyBuildItem.builder(type)
                .index(beanArchive.getIndex())
                .source(source)
                .build();
    }

    /**
     * Every class named in a tool argument's type, JDK classes included: at startup Jackson turns the type, recorded
     * in its canonical text form ({@code java.util.List<com.acme.Item>}), back into classes with
     * {@code Class.forName}, which a native image answers only for registered classes.
     */
    @BuildStep
    void registerToolArgumentClassesForLookup(List<ToolBuildItem> tools,
            BuildProducer<ReflectiveClassBuildItem> classes) {
        Set<String> names = new LinkedHashSet<>();
        for (ToolBuildItem tool : tools) {
            for (ToolParameter parameter : tool.metadata().parameters()) {
                names.addAll(classNames(parameter.javaType()));
            }
        }
        if (!names.isEmpty()) {
            classes.produce(ReflectiveClassBuildItem.builder(names.toArray(String[]::new))
                    .reason("MCP Warden: Jackson resolves tool argument types by name")
                    .build());
        }
    }

    /**
     * The class names in a Jackson canonical type, such as {@code java.util.Map<java.lang.String,[Lcom.acme.Item;>}.
     */
    static List<String> classNames(String canonicalType) {
        List<String> names = new ArrayList<>();
        for (String token : canonicalType.split("[<>,\\s]+")) {
            if (!token.isEmpty() && !PRIMITIVES.contains(token)) {
                names.add(token);
            }
        }
        return names;
    }
}
