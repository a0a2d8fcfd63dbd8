package io.mcpwarden.deployment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.MethodInfo;

/**
 * Reads the access rule of a {@code @Prompt} method: {@code @RequiresScopes} (class and method) and
 * {@code @RequiresAnyScope} (method, else class), checked against the declared scopes. The tool-only conditions
 * ({@code @PublicTool}, {@code @RequireClaim}, {@code @RequireAuthStrength}, {@code @Authorize}) are refused rather
 * than ignored, so that no prompt is silently less protected than its class suggests.
 */
final class PromptAccessReader {

    private static final List<DotName> TOOL_ONLY = List.of(ToolPolicyProcessor.PUBLIC_TOOL,
            ToolPolicyProcessor.REQUIRE_CLAIM, ToolPolicyProcessor.REQUIRE_CLAIMS,
            ToolPolicyProcessor.REQUIRE_AUTH_STRENGTH, ToolPolicyProcessor.AUTHORIZE);

    /**
     * The scopes a prompt requires.
     *
     * @param allOf scopes all required
     * @param anyOf scopes of which one is required (empty: no such rule)
     */
    record Scopes(List<String> allOf, List<String> anyOf) {
    }

    private final Set<String> declared;

    PromptAccessReader(Set<String> declared) {
        this.declared = declared;
    }

    /**
     * Reads the scopes; returns null and adds to {@code errors} when the declaration breaks a rule.
     */
    Scopes read(MethodInfo method, List<String> errors) {
        String where = ToolMethodReader.describe(method);
        int errorsBefore = errors.size();
        ClassInfo declaring = method.declaringClass();
        for (DotName toolOnly : TOOL_ONLY) {
            if (method.hasDeclaredAnnotation(toolOnly) || declaring.hasDeclaredAnnotation(toolOnly)) {
                errors.add("@" + toolOnly.withoutPackagePrefix().replace('$', '.') + " applies to tools only; "
                        + "a @Prompt method supports @RequiresScopes and @RequiresAnyScope (move the prompt to "
                        + "another class if the annotation is on its class): " + where);
            }
        }
        Set<String> allOf = new LinkedHashSet<>();
        allOf.addAll(ToolPolicyProcessor.scopes(declaring.declaredAnnotation(ToolPolicyProcessor.REQUIRES_SCOPES),
                "@RequiresScopes", where, errors));
        allOf.addAll(ToolPolicyProcessor.scopes(method.declaredAnnotation(ToolPolicyProcessor.REQUIRES_SCOPES),
                "@RequiresScopes", where, errors));
        AnnotationInstance anyScope = method.declaredAnnotation(ToolPolicyProcessor.REQUIRES_ANY_SCOPE);
        if (anyScope == null) {
            anyScope = declaring.declaredAnnotation(ToolPolicyProcessor.REQUIRES_ANY_SCOPE);
        }
        List<String> anyOf = ToolPolicyProcessor.scopes(anyScope, "@RequiresAnyScope", where, errors);
        for (String scope : allOf) {
            ToolPolicyProcessor.checkDeclared(scope, declared, where, errors);
        }
        for (String scope : anyOf) {
            ToolPolicyProcessor.checkDeclared(scope, declared, where, errors);
        }
        return errors.size() > errorsBefore ? null : new Scopes(List.copyOf(new ArrayList<>(allOf)), anyOf);
    }
}
