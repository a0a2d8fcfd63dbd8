package io.mcpwarden.runtime.authorizationserver.http;

import java.util.List;

import io.vertx.core.Handler;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * The authorization server metadata (RFC 8414), rendered once at startup. Its {@code issuer} is the URL it is
 * fetched from minus the well-known path, as RFC 8414 section 3.3 requires.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc8414">RFC 8414</a>
 */
final class MetadataHandler implements Handler<RoutingContext> {

    private final String document;

    MetadataHandler(Endpoints endpoints, List<String> scopes, boolean registration, List<String> authMethods,
            boolean metadataDocuments) {
        JsonObject json = new JsonObject()
                .put("issuer", endpoints.issuer())
                .put("authorization_endpoint", endpoints.url(Endpoints.AUTHORIZE))
                .put("token_endpoint", endpoints.url(Endpoints.TOKEN))
                .put("jwks_uri", endpoints.url(Endpoints.JWKS));
        if (registration) {
            json.put("registration_endpoint", endpoints.url(Endpoints.REGISTER));
        }
        json.put("revocation_endpoint", endpoints.url(Endpoints.REVOKE))
                .put("scopes_supported", new JsonArray(scopes))
                .put("response_types_supported", new JsonArray(List.of("code")))
                .put("response_modes_supported", new JsonArray(List.of("query")))
                .put("grant_types_supported", new JsonArray(List.of("authorization_code", "refresh_token")))
                .put("token_endpoint_auth_methods_supported", new JsonArray(authMethods))
                .put("revocation_endpoint_auth_methods_supported", new JsonArray(authMethods))
                .put("code_challenge_methods_supported", new JsonArray(List.of("S256")))
                .put("authorization_response_iss_parameter_supported", true)
                .put("client_id_metadata_document_supported", metadataDocuments);
        this.document = json.encode();
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"GET".equals(ctx.request().method().name()) && !"HEAD".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "GET").end();
            return;
        }
        ctx.response().putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "max-age=3600")
                .putHeader("Access-Control-Allow-Origin", "*")
                .end(document);
    }
}
