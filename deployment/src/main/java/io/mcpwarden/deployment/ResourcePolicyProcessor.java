package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

import io.mcpwarden.auth.Authorize;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequireAuthStrength;
import io.mcpwarden.auth.RequireClaim;
import io.mcpwarden.auth.RequiresAnyScope;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.runtime.auth.ToolPolicy;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.mcpwarden.runtime.resources.ResourceMetadata;
import io.quarkus.arc.deployment.BeanArchiveIndexBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Builds each resource's access policy from its {@code @RequiresScopes} and {@code @RequiresAnyScope} annotations
 * (method and class, as for tools). The policies join the tool policies under keys tool names cannot take, so one
 * access control enforces both. The other access annotations are not supported on resources yet: they fail the
 * build rather than being silently ignored.
 */
class ResourcePolicyProcessor {

    private static final DotName REQUIRES_SCOPES = DotName.createSimple(RequiresScopes.class);
    private static final DotName REQUIRES_ANY_SCOPE = DotName.createSimple(RequiresAnyScope.class);
    private static final List<DotName> UNSUPPORTED = List.of(DotName.createSimple(PublicTool.class),
            DotName.createSimple(RequireClaim.class), DotName.createSimple(RequireClaim.List.class),
            DotName.createSimple(RequireAuthStrength.class), DotName.createSimple(Authorize.class));

    @BuildStep
    void collectResourcePolicies(BeanArchiveIndexBuildItem beanArchive, WardenBuildTimeConfig config,
            BuildProducer<ToolPolicyBuildItem> policies, BuildProducer<ValidationErrorBuildItem> validationErrors) {
        Set<String> declared = config.scopes().keySet();
        List<String> errors = new ArrayList<>();
        for (AnnotationInstance annotation : ResourceProcessor.resourceAnnotations(beanArchive.getIndex())) {
            MethodInfo method = annotation.target().asMethod();
            String where = ToolMethodReader.describe(method);
            String kind = ResourceMethodReader.annotationName(annotation);
            for (DotName unsupported : UNSUPPORTED) {
                boolean onMethod = method.hasDeclaredAnnotation(unsupported);
                if (onMethod || method.declaringClass().hasDeclaredAnnotation(unsupported)) {
                    errors.add("@" + unsupported.withoutPackagePrefix().replace("$", ".") + " is not supported on "
                            + kind + " methods yet (only @RequiresScopes and @RequiresAnyScope are)"
                            + (onMethod ? ": remove it" : ": move the method to a class without it") + ": " + where);
                }
            }
            Set<String> allOf = new LinkedHashSet<>();
            allOf.addAll(ToolPolicyProcessor.scopes(method.declaringClass().declaredAnnotation(REQUIRES_SCOPES),
                    "@RequiresScopes", where, errors));
            allOf.addAll(ToolPolicyProcessor.scopes(method.declaredAnnotation(REQUIRES_SCOPES), "@RequiresScopes",
                    where, errors));
            AnnotationInstance anyScope = method.declaredAnnotation(REQUIRES_ANY_SCOPE);
            if (anyScope == null) {
                anyScope = method.declaringClass().declaredAnnotation(REQUIRES_ANY_SCOPE);
            }
            List<String> anyOf = ToolPolicyProcessor.scopes(anyScope, "@RequiresAnyScope", where, errors);
            for (String scope : allOf) {
                ToolPolicyProcessor.checkDeclared(scope, declared, where, errors);
            }
            for (String scope : anyOf) {
                ToolPolicyProcessor.checkDeclared(scope, declared, where, errors);
            }
            policies.produce(new ToolPolicyBuildItem(new ToolPolicy(
                    ResourceMetadata.policyKey(ResourceMethodReader.uri(annotation)), false, List.copyOf(allOf),
                    anyOf, List.of(), null, null), null, where));
        }
        Declarations.failOn(errors, "Invalid MCP resource access policies:", validationErrors);
    }
}
