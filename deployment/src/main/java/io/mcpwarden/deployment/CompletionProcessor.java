package io.mcpwarden.deployment;

import org.jboss.jandex.DotName;

import io.mcpwarden.CompletionProvider;
import io.quarkus.arc.deployment.AutoAddScopeBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.arc.processor.BuiltinScope;
import io.quarkus.deployment.annotations.BuildStep;

/**
 * Makes every {@link CompletionProvider} implementation a bean that the endpoint finds at startup.
 */
class CompletionProcessor {

    private static final DotName COMPLETION_PROVIDER = DotName.createSimple(CompletionProvider.class);

    @BuildStep
    AutoAddScopeBuildItem makeCompletionProvidersBeans() {
        return AutoAddScopeBuildItem.builder()
                .implementsInterface(COMPLETION_PROVIDER)
                .defaultScope(BuiltinScope.SINGLETON)
                .unremovable()
                .reason("Implements CompletionProvider")
                .build();
    }

    @BuildStep
    UnremovableBeanBuildItem keepCompletionProviders() {
        return UnremovableBeanBuildItem.beanTypes(COMPLETION_PROVIDER);
    }
}
