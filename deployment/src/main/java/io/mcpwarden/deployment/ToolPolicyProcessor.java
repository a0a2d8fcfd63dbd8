package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Singleton;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

import io.mcpwarden.auth.Authorize;
import io.mcpwarden.auth.PublicTool;
import io.mcpwarden.auth.RequireAuthStrength;
import io.mcpwarden.auth.RequireClaim;
import io.mcpwarden.auth.RequiresAnyScope;
import io.mcpwarden.auth.RequiresScopes;
import io.mcpwarden.auth.ToolAuthorizer;
import io.mcpwarden.runtime.WardenRecorder;
import io.mcpwarden.runtime.auth.AuthStrengthRequirement;
import io.mcpwarden.runtime.auth.ClaimRequirement;
import io.mcpwarden.runtime.auth.ToolPolicies;
import io.mcpwarden.runtime.auth.ToolPolicy;
import io.mcpwarden.runtime.config.WardenBuildTimeConfig;
import io.quarkus.arc.deployment.BeanArchiveIndexBuildItem;
import io.quarkus.arc.deployment.BeanDiscoveryFinishedBuildItem;
import io.quarkus.arc.deployment.SyntheticBeanBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.deployment.ValidationPhaseBuildItem.ValidationErrorBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.recording.RecorderContext;

/**
 * Builds each tool's access policy from its annotations and the declared scopes, failing the build (with every
 * problem listed) on undeclared scopes, empty declarations and contradictions.
 */
class ToolPolicyProcessor {

    static final DotName REQUIRES_SCOPES = DotName.createSimple(RequiresScopes.class);
    static final DotName REQUIRES_ANY_SCOPE = DotName.createSimple(RequiresAnyScope.class);
    static final DotName PUBLIC_TOOL = DotName.createSimple(PublicTool.class);
    static final DotName REQUIRE_CLAIM = DotName.createSimple(RequireClaim.class);
    static final DotName REQUIRE_CLAIMS = DotName.createSimple(RequireClaim.List.class);
    static final DotName REQUIRE_AUTH_STRENGTH = DotName.createSimple(RequireAuthStrength.class);
    static final DotName AUTHORIZE = DotName.createSimple(Authorize.class);
    private static final DotName TOOL_AUTHORIZER = DotName.createSimple(ToolAuthorizer.class);

    @BuildStep
    void collectPolicies(BeanArchiveIndexBuildItem beanArchive, WardenBuildTimeConfig config,
            BuildProducer<ToolPolicyBuildItem> policies, BuildProducer<ValidationErrorBuildItem> validationErrors) {
        Set<String> declared = config.scopes().keySet();
        List<String> errors = new ArrayList<>();
        for (Map.Entry<String, WardenBuildTimeConfig.Scope> scope : config.scopes().entrySet()) {
            for (String implied : scope.getValue().implies().orElse(List.of())) {
                if (!declared.contains(implied)) {
                    errors.add("Scope '" + scope.getKey() + "' implies the undeclared scope '" + implied
                            + "': declare it as " + propertyKey(implied));
                }
            }
        }
        for (AnnotationInstance tool : Declarations.onMethods(beanArchive.getIndex(), DotNames.TOOL)) {
            MethodInfo method = tool.target().asMethod();
            String where = ToolMethodReader.describe(method);
            AnnotationInstance classScopes = method.declaringClass().declaredAnnotation(REQUIRES_SCOPES);
            AnnotationInstance methodScopes = method.declaredAnnotation(REQUIRES_SCOPES);
            AnnotationInstance anyScope = method.declaredAnnotation(REQUIRES_ANY_SCOPE);
            if (anyScope == null) {
                anyScope = method.declaringClass().declaredAnnotation(REQUIRES_ANY_SCOPE);
            }
            boolean publicTool = method.hasDeclaredAnnotation(PUBLIC_TOOL);
            if (publicTool && (methodScopes != null || method.hasDeclaredAnnotation(REQUIRES_ANY_SCOPE))) {
                errors.add("@PublicTool contradicts the scopes this method requires: remove one of them: " + where);
            }
            Set<String> allOf = new LinkedHashSet<>();
            List<String> anyOf = List.of();
            if (!publicTool) {
                allOf.addAll(scopes(classScopes, "@RequiresScopes", where, errors));
                allOf.addAll(scopes(methodScopes, "@RequiresScopes", where, errors));
                anyOf = scopes(anyScope, "@RequiresAnyScope", where, errors);
            }
            for (String scope : allOf) {
                checkDeclared(scope, declared, where, errors);
            }
            for (String scope : anyOf) {
                checkDeclared(scope, declared, where, errors);
            }
            List<ClaimRequirement> claims = new ArrayList<>();
            AuthStrengthRequirement authStrength = null;
            if (!publicTool) {
                claims.addAll(claims(method.declaringClass().declaredAnnotation(REQUIRE_CLAIM),
                        method.declaringClass().declaredAnnotation(REQUIRE_CLAIMS), where, errors));
                claims.addAll(claims(method.declaredAnnotation(REQUIRE_CLAIM),
                        method.declaredAnnotation(REQUIRE_CLAIMS), where, errors));
                AnnotationInstance strength = method.declaredAnnotation(REQUIRE_AUTH_STRENGTH);
                authStrength = authStrength(strength != null ? strength
                        : method.declaringClass().declaredAnnotation(REQUIRE_AUTH_STRENGTH), where, errors);
            } else if (method.hasDeclaredAnnotation(REQUIRE_CLAIM) || method.hasDeclaredAnnotation(REQUIRE_CLAIMS)
                    || method.hasDeclaredAnnotation(REQUIRE_AUTH_STRENGTH)) {
                errors.add("@PublicTool contradicts the claim or authentication-strength conditions of this method: "
                        + where);
            }
            AnnotationInstance authorize = method.declaredAnnotation(AUTHORIZE);
            if (authorize == null) {
                authorize = method.declaringClass().declaredAnnotation(AUTHORIZE);
            }
            String authorizer = authorize == null || publicTool ? null : authorize.value().asClass().name().toString();
            if (publicTool && method.hasDeclaredAnnotation(AUTHORIZE)) {
                errors.add("@PublicTool contradicts the @Authorize rule of this method: " + where);
            }
            policies.produce(new ToolPolicyBuildItem(new ToolPolicy(ToolMethodReader.toolName(tool, method),
                    publicTool, List.copyOf(allOf), anyOf, List.copyOf(claims), authStrength, null), authorizer,
                    where));
        }
        Declarations.failOn(errors, "Invalid MCP tool access policies:", validationErrors);
    }

    /**
     * Every {@code @Authorize} class must be a bean that implements {@link ToolAuthorizer}; those beans are kept even
     * though nothing injects them.
     */
    @BuildStep
    void validateAuthorizers(List<ToolPolicyBuildItem> policies, BeanDiscoveryFinishedBuildItem beans,
            BuildProducer<ValidationErrorBuildItem> validationErrors) {
        List<String> errors = new ArrayList<>();
        for (ToolPolicyBuildItem policy : policies) {
            if (policy.authorizerClass() == null) {
                continue;
            }
            DotName authorizer = DotName.createSimple(policy.authorizerClass());
            boolean isBean = beans.beanStream().withBeanClass(authorizer).stream()
                    .anyMatch(bean -> bean.getTypes().stream().anyMatch(t -> t.name().equals(TOOL_AUTHORIZER)));
            if (!isBean) {
                errors.add("@Authorize names " + authorizer + ", which is not a CDI bean implementing "
                        + "ToolAuthorizer: annotate it with @ApplicationScoped (or another scope): "
                        + policy.declaringMethod());
            }
        }
        Declarations.failOn(errors, "Invalid MCP tool access policies:", validationErrors);
    }

    @BuildStep
    UnremovableBeanBuildItem keepAuthorizers() {
        return UnremovableBeanBuildItem.beanTypes(TOOL_AUTHORIZER);
    }

    @BuildStep
    @Record(ExecutionTime.STATIC_INIT)
    SyntheticBeanBuildItem registerToolPolicies(WardenRecorder recorder, RecorderContext recorderContext,
            List<ToolPolicyBuildItem> policies) {
        List<ToolPolicy> recorded = new ArrayList<>(policies.size());
        for (ToolPolicyBuildItem policy : policies) {
            recorded.add(policy.authorizerClass() == null ? policy.policy()
                    : policy.policy().withAuthorizer(recorderContext.classProxy(policy.authorizerClass())));
        }
        return SyntheticBeanBuildItem.configure(ToolPolicies.class)
                .scope(Singleton.class)
                .unremovable()
                .supplier(recorder.toolPolicies(recorded))
                .done();
    }

    static List<String> scopes(AnnotationInstance annotation, String name, String where,
            List<String> errors) {
        if (annotation == null) {
            return List.of();
        }
        List<String> scopes = Arrays.stream(annotation.value().asStringArray()).map(String::trim).toList();
        if (scopes.isEmpty() || scopes.stream().anyMatch(String::isEmpty)) {
            errors.add(name + " must name at least one non-blank scope: " + where);
            return List.of();
        }
        return scopes;
    }

    private static List<ClaimRequirement> claims(AnnotationInstance single, AnnotationInstance container,
            String where, List<String> errors) {
        List<AnnotationInstance> annotations = new ArrayList<>();
        if (single != null) {
            annotations.add(single);
        }
        if (container != null) {
            annotations.addAll(Arrays.asList(container.value().asNestedArray()));
        }
        List<ClaimRequirement> claims = new ArrayList<>();
        for (AnnotationInstance claim : annotations) {
            String name = claim.value("name").asString().trim();
            List<String> anyOf = strings(claim, "anyOf");
            List<String> containsAll = strings(claim, "containsAll");
            if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
                errors.add("@RequireClaim needs a claim name or dotted path: " + where);
            } else if (anyOf.stream().anyMatch(String::isBlank) || containsAll.stream().anyMatch(String::isBlank)) {
                errors.add("@RequireClaim(name = \"" + name + "\") has a blank value: " + where);
            } else {
                claims.add(new ClaimRequirement(name, anyOf, containsAll));
            }
        }
        return claims;
    }

    private static AuthStrengthRequirement authStrength(AnnotationInstance annotation, String where,
            List<String> errors) {
        if (annotation == null) {
            return null;
        }
        List<String> acr = strings(annotation, "acr");
        long maxAge = annotation.value("maxAgeSeconds") == null ? -1 : annotation.value("maxAgeSeconds").asLong();
        if (acr.isEmpty() && maxAge < 0) {
            errors.add("@RequireAuthStrength needs acr values, a maxAgeSeconds, or both: " + where);
            return null;
        }
        if (acr.stream().anyMatch(String::isBlank)) {
            errors.add("@RequireAuthStrength has a blank acr value: " + where);
            return null;
        }
        return new AuthStrengthRequirement(acr, maxAge);
    }

    private static List<String> strings(AnnotationInstance annotation, String name) {
        return annotation.value(name) == null ? List.of() : List.of(annotation.value(name).asStringArray());
    }

    /**
     * The key to declare a scope with, as written in application.properties (where ':' must be escaped).
     */
    private static String propertyKey(String scope) {
        return "quarkus.warden.scopes.\"" + scope.replace(":", "\\:") + "\".description";
    }

    static void checkDeclared(String scope, Set<String> declared, String where, List<String> errors) {
        if (!declared.contains(scope)) {
            errors.add("Scope '" + scope + "' is not declared: add " + propertyKey(scope)
                    + " to the configuration: " + where);
        }
    }
}
