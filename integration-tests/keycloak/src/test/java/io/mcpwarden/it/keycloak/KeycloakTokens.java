package io.mcpwarden.it.keycloak;

import java.io.IOException;
import java.net.URI;

import org.eclipse.microprofile.config.ConfigProvider;

import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.AuthorizationGrant;
import com.nimbusds.oauth2.sdk.AuthorizationRequest;
import com.nimbusds.oauth2.sdk.AuthorizationResponse;
import com.nimbusds.oauth2.sdk.AuthorizationSuccessResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResourceOwnerPasswordCredentialsGrant;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;

/**
 * Access tokens from the test realm, obtained as real clients obtain them: a user through the authorization-code flow
 * with PKCE and Keycloak's login form, a machine through {@code client_credentials}.
 */
final class KeycloakTokens {

    /** The realm's pre-registered public client (see {@code mcp-realm.json}). */
    static final String PUBLIC_CLIENT = "desk-app";
    /** Its redirect URI: never opened, the login stops at Keycloak's redirect to it. */
    static final URI REDIRECT_URI = URI.create("http://127.0.0.1/callback");

    private KeycloakTokens() {
    }

    /** The realm's issuer URL, as configured for the application by {@link KeycloakResource}. */
    static String issuer() {
        return ConfigProvider.getConfig().getValue("quarkus.oidc.auth-server-url", String.class);
    }

    /** The application's resource URI (its {@code /mcp} URL). */
    static URI resource() {
        return URI.create(ConfigProvider.getConfig().getValue("quarkus.warden.resource", String.class));
    }

    /**
     * A user's access token for {@link #PUBLIC_CLIENT}: authorization request with PKCE S256, login form, code
     * exchange. With a resource, both requests carry it (RFC 8707).
     */
    static String userToken(String username, String password, String scope, URI resource) {
        CodeVerifier verifier = new CodeVerifier();
        State state = new State();
        AuthorizationRequest.Builder authorization = new AuthorizationRequest.Builder(
                new ResponseType(ResponseType.Value.CODE), new ClientID(PUBLIC_CLIENT))
                .endpointURI(endpoint("auth"))
                .redirectionURI(REDIRECT_URI)
                .scope(Scope.parse(scope))
                .state(state)
                .codeChallenge(verifier, CodeChallengeMethod.S256);
        if (resource != null) {
            authorization.resource(resource);
        }
        URI callback = new FormLogin().login(authorization.build().toURI(), username, password);
        AuthorizationSuccessResponse success;
        try {
            success = AuthorizationResponse.parse(callback).toSuccessResponse();
        } catch (ParseException | ClassCastException e) {
            throw new AssertionError("Keycloak did not grant an authorization code: " + callback, e);
        }
        if (!state.equals(success.getState()) || !new Issuer(issuer()).equals(success.getIssuer())) {
            throw new AssertionError("Keycloak's redirect has another state or issuer (RFC 9207): " + callback);
        }
        TokenRequest.Builder exchange = new TokenRequest.Builder(endpoint("token"), new ClientID(PUBLIC_CLIENT),
                new AuthorizationCodeGrant(success.getAuthorizationCode(), REDIRECT_URI, verifier));
        if (resource != null) {
            exchange.resource(resource);
        }
        return accessToken(exchange.build());
    }

    /** A machine client's access token ({@code client_credentials}, client secret in HTTP Basic). */
    static String clientToken(String clientId, String secret, String scope) {
        return accessToken(new TokenRequest.Builder(endpoint("token"),
                new ClientSecretBasic(new ClientID(clientId), new Secret(secret)), new ClientCredentialsGrant())
                .scope(Scope.parse(scope))
                .build());
    }

    /** An access token for Keycloak's admin API: the bootstrap administrator in the {@code master} realm. */
    static String adminToken() {
        URI token = URI.create(issuer().replace("/realms/" + KeycloakResource.REALM, "/realms/master")
                + "/protocol/openid-connect/token");
        return accessToken(new TokenRequest.Builder(token, new ClientID("admin-cli"),
                new ResourceOwnerPasswordCredentialsGrant(KeycloakResource.ADMIN_USER,
                        new Secret(KeycloakResource.ADMIN_PASSWORD)))
                .build());
    }

    private static URI endpoint(String name) {
        return URI.create(issuer() + "/protocol/openid-connect/" + name);
    }

    private static String accessToken(TokenRequest request) {
        AuthorizationGrant grant = request.getAuthorizationGrant();
        try {
            TokenResponse response = TokenResponse.parse(request.toHTTPRequest().send());
            if (!response.indicatesSuccess()) {
                throw new AssertionError("Keycloak refused the " + grant.getType() + " grant: "
                        + response.toErrorResponse().getErrorObject().toJSONObject());
            }
            return response.toSuccessResponse().getTokens().getAccessToken().getValue();
        } catch (IOException | ParseException e) {
            throw new AssertionError("Keycloak's token endpoint failed for the " + grant.getType() + " grant", e);
        }
    }
}
