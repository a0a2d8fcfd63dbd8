package io.mcpwarden.runtime.authorizationserver.http;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import io.mcpwarden.runtime.authorizationserver.cimd.MetadataDocumentException;
import io.mcpwarden.runtime.authorizationserver.clients.ClientDirectory;
import io.mcpwarden.runtime.authorizationserver.http.OAuthErrors.OAuthException;
import io.mcpwarden.runtime.authorizationserver.store.RegisteredClient;
import io.mcpwarden.runtime.authorizationserver.store.Secrets;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * Identifies the client of a token or revocation request (RFC 6749 section 2.3): a public client by its
 * {@code client_id}, a confidential one by its secret in the method it registered ({@code client_secret_basic} or
 * {@code client_secret_post}).
 */
final class ClientAuthenticator {

    private final ClientDirectory clients;

    ClientAuthenticator(ClientDirectory clients) {
        this.clients = clients;
    }

    RegisteredClient authenticate(RoutingContext ctx, MultiMap form) {
        String clientId = form.get("client_id");
        String secret = form.get("client_secret");
        String method = secret != null ? "client_secret_post" : "none";
        String authorization = ctx.request().getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (secret != null) {
                throw new OAuthException(400, "invalid_request", "Use one client authentication method, not two.");
            }
            String[] pair = basic(authorization.substring(6).trim());
            if (clientId != null && !clientId.equals(pair[0])) {
                throw invalidClient("client_id differs from the one in the Authorization header.");
            }
            clientId = pair[0];
            secret = pair[1];
            method = "client_secret_basic";
        }
        if (clientId == null || clientId.isBlank()) {
            throw invalidClient("The request does not name its client (client_id is missing).");
        }
        RegisteredClient client;
        try {
            client = clients.find(clientId)
                    .orElseThrow(() -> invalidClient("The client is not registered with this server."));
        } catch (MetadataDocumentException e) {
            throw invalidClient("The client's metadata document was refused: " + e.getMessage() + ".");
        }
        if (client.disabled()) {
            throw invalidClient("This client has been disabled by the server's operator.");
        }
        if (client.isPublic()) {
            if (!"none".equals(method)) {
                throw invalidClient("This client registered without a secret; send client_id only.");
            }
        } else if (!client.authMethod().equals(method) || !Secrets.equalsConstantTime(Secrets.hash(secret),
                client.secretHash())) {
            throw invalidClient("Client authentication failed: wrong secret, or not the method the client "
                    + "registered (" + client.authMethod() + ").");
        }
        clients.touch(clientId, AuthorizationFlow.now());
        return client;
    }

    private static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw invalidClient("The Basic credentials are malformed.");
            }
            // RFC 6749 section 2.3.1: id and secret are form-encoded before Basic encoding.
            return new String[] { URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8) };
        } catch (IllegalArgumentException e) {
            throw invalidClient("The Basic credentials are malformed.");
        }
    }

    private static OAuthException invalidClient(String description) {
        return new OAuthException(401, "invalid_client", description);
    }
}
