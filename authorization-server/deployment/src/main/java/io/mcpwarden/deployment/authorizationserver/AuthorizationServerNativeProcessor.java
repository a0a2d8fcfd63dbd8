package io.mcpwarden.deployment.authorizationserver;

import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.nativeimage.RuntimeInitializedClassBuildItem;

/**
 * What a native image of the built-in authorization server needs declared while it is built.
 */
class AuthorizationServerNativeProcessor {

    /**
     * {@link Secrets} holds the random source of codes, refresh tokens and client credentials: seeded in the image
     * heap it would hand every started executable the same sequence, so the class is initialized at run time.
     */
    @BuildStep
    RuntimeInitializedClassBuildItem secretsAtRunTime() {
        return new RuntimeInitializedClassBuildItem(Secrets.class.getName());
    }
}
