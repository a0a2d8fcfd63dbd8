package io.mcpwarden.runtime.auth;

import java.net.URI;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves the OAuth 2.0 Protected Resource Metadata (RFC 9728) of the MCP endpoint: a public JSON document, rendered
 * once at startup, that tells clients which authorization servers issue tokens for this resource.
 *
 * @see <a href="https://www.rfc-editor.org/rfc/rfc9728">RFC 9728</a>
 */
public final class ProtectedResourceMetadata implements Handler<RoutingContext> {

    public static final String WELL_KNOWN = "/.well-known/oauth-protected-resource";

    private final Buffer document;

    public ProtectedResourceMetadata(ObjectMapper mapper, String resource, List<String> authorizationServers,
            List<String> scopesSupported, String resourceName, String resourceDocumentation) {
        ObjectNode json = mapper.createObjectNode();
        json.put("resource", resource);
        authorizationServers.forEach(json.putArray("authorization_servers")::add);
        scopesSupported.stream().filter(s -> !"offline_access".equals(s))
                .forEach(json.putArray("scopes_supported")::add);
        json.putArray("bearer_methods_supported").add("header");
        if (resourceName != null) {
            json.put("resource_name", resourceName);
        }
        if (resourceDocumentation != null) {
            json.put("resource_documentation", resourceDocumentation);
        }
        try {
            this.document = Buffer.buffer(mapper.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The absolute metadata URL for a resource URI: the well-known path inserted before the resource's path.
     */
    public static String urlFor(String resource) {
        URI uri = URI.create(resource);
        String path = uri.getRawPath() == null || "/".equals(uri.getRawPath()) ? "" : uri.getRawPath();
        return uri.getScheme() + "://" + uri.getRawAuthority() + WELL_KNOWN + path;
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (!"GET".equals(ctx.request().method().name()) && !"HEAD".equals(ctx.request().method().name())) {
            ctx.response().setStatusCode(405).putHeader("Allow", "GET").end();
            return;
        }
        ctx.response()
                .putHeader("Content-Type", "application/json")
                .putHeader("Cache-Control", "max-age=3600")
                .end(document);
    }
}
