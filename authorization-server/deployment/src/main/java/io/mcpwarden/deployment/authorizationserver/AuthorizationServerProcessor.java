package io.mcpwarden.deployment.authorizationserver;

import io.mcpwarden.runtime.authorizationserver.AuthorizationServer;
import io.mcpwarden.runtime.authorizationserver.AuthorizationServerRecorder;
import io.mcpwarden.runtime.authorizationserver.http.Endpoints;
import io.mcpwarden.runtime.authorizationserver.login.ConfiguredUsers;
import io.mcpwarden.runtime.authorizationserver.tokens.EmbeddedTokenIdentityProvider;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.SyntheticBeansRuntimeInitBuildItem;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.annotations.Consume;
import io.quarkus.deployment.annotations.ExecutionTime;
import io.quarkus.deployment.annotations.Record;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.NativeImageResourceBuildItem;
import io.quarkus.vertx.http.deployment.RouteBuildItem;
import io.quarkus.vertx.http.runtime.HandlerType;
import io.quarkus.vertx.http.runtime.security.SecurityHandlerPriorities;

/**
 * Registers the built-in authorization server: its beans, its start, and the routes of its endpoints.
 */
class AuthorizationServerProcessor {

    private static final String FEATURE = "mcp-warden-authorization-server";
    /**
     * Before Quarkus' HTTP authentication, like the MCP endpoint: these endpoints authenticate clients themselves
     * (and a registration request's bearer token is an initial access token, not an access token).
     */
    private static final int ROUTE_ORDER_BEFORE_AUTHENTICATION = -1 * SecurityHandlerPriorities.AUTHENTICATION - 10;

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    AdditionalBeanBuildItem beans() {
        return AdditionalBeanBuildItem.builder()
                .addBeanClasses(AuthorizationServer.class, EmbeddedTokenIdentityProvider.class,
                        ConfiguredUsers.class)
                .setUnremovable().build();
    }

    @BuildStep
    NativeImageResourceBuildItem pages() {
        return new NativeImageResourceBuildItem("mcp-warden/authorization-server/login.html",
                "mcp-warden/authorization-server/consent.html", "mcp-warden/authorization-server/error.html");
    }

    @BuildStep
    @Record(ExecutionTime.RUNTIME_INIT)
    @Consume(SyntheticBeansRuntimeInitBuildItem.class)
    void registerRoutes(AuthorizationServerRecorder recorder, BuildProducer<RouteBuildItem> routes) {
        recorder.start();
        for (String path : new String[] { Endpoints.METADATA, Endpoints.JWKS }) {
            routes.produce(RouteBuildItem.builder()
                    .orderedRoute(path, ROUTE_ORDER_BEFORE_AUTHENTICATION, recorder.publicDocumentRoute())
                    .handler(recorder.handler(path))
                    .build());
        }
        for (String path : new String[] { Endpoints.AUTHORIZE, Endpoints.LOGIN, Endpoints.CONSENT, Endpoints.TOKEN,
                Endpoints.REVOKE, Endpoints.REGISTER }) {
            boolean crossOrigin = path.equals(Endpoints.TOKEN) || path.equals(Endpoints.REVOKE)
                    || path.equals(Endpoints.REGISTER);
            routes.produce(RouteBuildItem.builder()
                    .orderedRoute(path, ROUTE_ORDER_BEFORE_AUTHENTICATION,
                            crossOrigin ? recorder.crossOriginRoute() : recorder.route())
                    .handler(recorder.handler(path))
                    .handlerType(HandlerType.BLOCKING)
                    .build());
        }
        routes.produce(RouteBuildItem.builder()
                .orderedRoute(Endpoints.ADMIN + "/*", ROUTE_ORDER_BEFORE_AUTHENTICATION, recorder.route())
                .handler(recorder.handler(Endpoints.ADMIN))
                .handlerType(HandlerType.BLOCKING)
                .build());
    }
}
